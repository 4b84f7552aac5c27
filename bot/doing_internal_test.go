package bot

import "testing"

// TestDoingSaid writes work said in plain words as its job's title, once
// for each job, with no verb of the same work left before it.
func TestDoingSaid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"i install and fix pipes", "i plumber"},
		{"i ride in an ambulance and respond to 911 calls", "i emt"},
		{"i help people buy and sell homes", "i help people real estate agent"},
		{"my wife is a nurse and she fixes pipes", "my wife is a nurse and she plumber"},
		{"i tend bar and wait tables", "i bartender and waiter"},
		{"what do nurses make", "what do nurses make"},
	}
	for _, tt := range tests {
		if got := doingSaid(tt.in); got != tt.want {
			t.Errorf("doingSaid(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
