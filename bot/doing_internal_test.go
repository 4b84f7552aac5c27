package bot

import (
	"slices"
	"strings"
	"testing"
)

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

// TestDoingAtEveryPhrase finds every phrase of doingJobs, in sentences
// around it, where reDoing (every phrase at once) finds it.
func TestDoingAtEveryPhrase(t *testing.T) {
	n := 0
	for k := range doingJobs {
		for _, s := range []string{"i " + k, k + " and " + k, "so I " + strings.ToUpper(k) + "! how much", "we " + k + "s at night", "x" + k, "i " + k + " and fix cars"} {
			n++
			if got, want := doingAt(s), reDoing().FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("doingAt(%q) = %v; reDoing finds %v", s, got, want)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("%d sentences read; want every phrase's", n)
	}
}
