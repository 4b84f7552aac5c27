package bot

import (
	"strings"
	"testing"
)

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
		{"jobs between 50k and 70k", payBound{min: 50000, max: 70000}, "jobs"},
		{"jobs paying 50 to 70k", payBound{min: 50000, max: 70000}, "jobs paying"},
		{"careers from 20 to 30 an hour", payBound{min: 20, max: 30, hourly: true}, "careers"},
		{"jobs that pay 50,000-70,000 a year", payBound{min: 50000, max: 70000}, "jobs that pay"},
		{"top 10 to 20 jobs", payBound{}, "top 10 to 20 jobs"},
		{"salaries from 2023 to 2024", payBound{}, "salaries from 2023 to 2024"},
		{"jobs that need less than 2 years of school", payBound{}, "jobs that need less than 2 years of school"}, // a time
		{"jobs over 100k/yr", payBound{min: 100000}, "jobs"},
		{"jobs below 40 grand", payBound{max: 40000}, "jobs"},
		{"jobs over 90", payBound{min: 90000}, "jobs"},                                         // a year in thousands unless an hour is said
		{"EMT-B make 911 , how much do they", payBound{}, "EMT-B make 911 , how much do they"}, // a pay verb's plain number under a thousand is none
		{"jobs that make 90k", payBound{min: 90000}, "jobs that"},
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

func TestPayConversionIn(t *testing.T) {
	tests := []struct {
		text string
		want payConversion
	}{
		{"how much is 20 dollars an hour annually", payConversion{amount: 20, hourly: true, ok: true}},
		{"60k a year is how much an hour", payConversion{amount: 60000, ok: true}},
		{"what is 25/hr yearly", payConversion{amount: 25, hourly: true, ok: true}},
		{"50,000 per year hourly", payConversion{amount: 50000, ok: true}},
		{"20 an hour salary", payConversion{amount: 20, hourly: true, ok: true}},
		{"jobs that pay 30 an hour", payConversion{}},  // a limit, not a conversion
		{"20 an hour or 30 an hour", payConversion{}},  // the same unit twice
		{"top 10 jobs a year", payConversion{}},        // no second unit
		{"0 an hour yearly", payConversion{}},          // nothing to convert
		{"nurse salary per hour", payConversion{}},     // no amount
		{"99999999999 a year hourly", payConversion{}}, // past any wage
	}
	for _, tt := range tests {
		if got := payConversionIn(tt.text); got != tt.want {
			t.Errorf("payConversionIn(%q) = %+v; want %+v", tt.text, got, tt.want)
		}
	}
	a := payConversionIn("how much is 20 dollars an hour annually").answer()
	if want := "$20.00 an hour is $41,600 a year at 2,080 hours"; !strings.HasPrefix(a.Summary, want) {
		t.Errorf("answer = %q; want it to begin %q", a.Summary, want)
	}
}

func TestNoDegreeSaid(t *testing.T) {
	tests := map[string]string{
		"jobs that don't require a degree":          "jobs that no degree",
		"jobs that do not need a college degree":    "jobs that no degree",
		"jobs without having a bachelor's":          "jobs no bachelors",
		"jobs with no degree required":              "jobs with no degree",
		"jobs where a degree is not required":       "jobs where no degree",
		"is a degree required to be a plumber":      "is a degree required to be a plumber",
		"which careers require a college degree":    "which careers require a college degree",
		"what college do nurses go to":              "what college do nurses go to",
		"jobs that doesnt need a bachelors degree":  "jobs that no bachelors",
		"nothing about degrees here, just salaries": "nothing about degrees here, just salaries",
	}
	for in, want := range tests {
		if got := noDegreeSaid(in); got != want {
			t.Errorf("noDegreeSaid(%q) = %q; want %q", in, got, want)
		}
	}
}
