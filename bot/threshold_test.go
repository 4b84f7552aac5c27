package bot

import "testing"

func TestPayBoundIn(t *testing.T) {
	tests := []struct {
		text     string
		want     payBound
		wantRest string
	}{
		{"what jobs pay over 100k", payBound{min: 100000}, "what jobs pay"},
		{"jobs that pay more than 80,000 a year", payBound{min: 80000}, "jobs that pay"},
		{"careers under 15 an hour", payBound{max: 15, hourly: true}, "careers"},
		{"jobs paying at least 70 thousand", payBound{min: 70000}, "jobs paying"},
		{"jobs below 40 grand", payBound{max: 40000}, "jobs"},
		{"jobs over 90", payBound{min: 90000}, "jobs"}, // a year in thousands unless an hour is said
		{"jobs over 22.50 per hour", payBound{min: 22.5, hourly: true}, "jobs"},
		{"top 10 jobs", payBound{}, "top 10 jobs"},
		{"over the moon", payBound{}, "over the moon"},
		{"more than 0k", payBound{}, "more than 0k"},
	}
	for _, tt := range tests {
		got, rest := payBoundIn(tt.text)
		if got != tt.want || clean(rest) != tt.wantRest {
			t.Errorf("payBoundIn(%q) = %+v, %q; want %+v, %q", tt.text, got, clean(rest), tt.want, tt.wantRest)
		}
	}
}
