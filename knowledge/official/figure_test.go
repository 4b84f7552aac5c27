package official

import (
	"errors"
	"strings"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     string
	}{
		{3282010, 0, "3,282,010"},
		{45, 2, "45.00"},
		{115, 2, "115.00"},
		{1234.5, 2, "1,234.50"},
		{999, 0, "999"},
		{1000, 0, "1,000"},
		{-14400, 0, "-14,400"},
		{-36.1, 1, "-36.1"},
		{-0.04, 1, "0.0"},
		{0, 0, "0"},
		{3391000, 0, "3,391,000"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v, tt.decimals); got != tt.want {
			t.Errorf("formatNumber(%v, %d) = %q; want %q", tt.v, tt.decimals, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr bool
	}{
		{"3282010", 3282010, false},
		{"3,282,010", 3282010, false},
		{"$45.00", 45, false},
		{"4.12", 4.12, false},
		{"−6.0", -6, false}, // U+2212 minus
		{"#", 0, true},
		{"about 45", 0, true},
		{"NaN", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		got, err := parseNumber(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !errors.Is(err, errValue) {
			t.Errorf("parseNumber(%q) error %v is not errValue", tt.in, err)
		}
	}
}

func TestFigure(t *testing.T) {
	tests := []struct {
		cell      string
		decimals  int
		top       float64
		want      string
		wantValue float64
	}{
		{"93600", 0, 239200, "$93,600", 93600},
		{"45", 2, 115, "$45.00", 45},
		{"#", 0, 239200, "$239,200 or more", 239200},
		{"#", 2, 115, "$115.00 or more", 115},
		{"*", 2, 115, "", 0},
		{"**", 0, 0, "", 0},
		{"", 0, 0, "", 0},
	}
	for _, tt := range tests {
		got, v, err := figure(tt.cell, tt.decimals, "$", tt.top)
		if tt.top == 0 {
			got, v, err = figure(tt.cell, tt.decimals, "", tt.top)
		}
		if err != nil || got != tt.want || v != tt.wantValue {
			t.Errorf("figure(%q) = %q, %v, %v; want %q, %v", tt.cell, got, v, err, tt.want, tt.wantValue)
		}
	}
}

// FuzzWholeFigure checks that the fast reader of whole figures accepts
// only what formatNumber writes, with the value parseNumber reads.
func FuzzWholeFigure(f *testing.F) {
	for _, s := range []string{"$90,010", "261,050", "0", "$0", "1,000,000", "01", "1,00", "12,3456", ",100", "100,", "$", "3.5", "9,007,199,254,740,993"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := wholeFigure(s)
		if !ok {
			return
		}
		want, err := parseNumber(s)
		if err != nil || want != v || formatNumber(want, 0) != strings.TrimPrefix(s, "$") {
			t.Fatalf("wholeFigure(%q) = %v; parseNumber says %v, %v", s, v, want, err)
		}
	})
}
