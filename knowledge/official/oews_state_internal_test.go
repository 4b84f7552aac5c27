package official

import "testing"

// TestTopCodeStates covers each pattern of blank cells the state file has,
// and one it has not (a figure after a blank), which is left alone.
func TestTopCodeStates(t *testing.T) {
	const top, topH = "$239,200 or more", "$115.00 or more"
	tests := []struct {
		name string
		in   StateWage // hourly mean, hourly median, then the annual distribution
		want StateWage
	}{
		{"all published",
			StateWage{HourlyMean: "$44.08", HourlyMedian: "$43.27", Annual10: "$1", Annual25: "$2", AnnualMedian: "$3", Annual75: "$4", Annual90: "$5", AnnualMedianValue: 3},
			StateWage{HourlyMean: "$44.08", HourlyMedian: "$43.27", Annual10: "$1", Annual25: "$2", AnnualMedian: "$3", Annual75: "$4", Annual90: "$5", AnnualMedianValue: 3}},
		{"90th above the top",
			StateWage{Annual10: "$1", Annual25: "$2", AnnualMedian: "$3", Annual75: "$4", AnnualMedianValue: 3},
			StateWage{Annual10: "$1", Annual25: "$2", AnnualMedian: "$3", Annual75: "$4", Annual90: top, AnnualMedianValue: 3}},
		{"median above the top, hourly published",
			StateWage{HourlyMean: "$151.72", Annual10: "$1", Annual25: "$2"},
			StateWage{HourlyMean: "$151.72", HourlyMedian: topH, Annual10: "$1", Annual25: "$2", AnnualMedian: top, Annual75: top, Annual90: top, AnnualMedianValue: 239200}},
		{"median above the top, paid by the year",
			StateWage{Annual10: "$1"},
			StateWage{Annual10: "$1", Annual25: top, AnnualMedian: top, Annual75: top, Annual90: top, AnnualMedianValue: 239200}},
		{"wages suppressed", StateWage{Employment: "680"}, StateWage{Employment: "680"}},
		{"hourly only", StateWage{HourlyMean: "$29.50", HourlyMedian: "$14.00"}, StateWage{HourlyMean: "$29.50", HourlyMedian: "$14.00"}},
		{"a figure after a blank", StateWage{Annual10: "$1", AnnualMedian: "$3"}, StateWage{Annual10: "$1", AnnualMedian: "$3"}},
	}
	for _, tt := range tests {
		rows := []StateWage{tt.in}
		topCodeStates(rows, 115, 239200)
		if rows[0] != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, rows[0], tt.want)
		}
	}
}
