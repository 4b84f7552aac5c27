package knowledge

import (
	"slices"
	"testing"
)

// TestFactSetPacked sets facts, packs them and changes them again: a
// packed set gives what the list gave, in the field table's order, and a
// field outside the table keeps the set a list.
func TestFactSetPacked(t *testing.T) {
	tests := []struct {
		name string
		set  []Fact
		want []Fact // in Facts' order
	}{
		{"none", nil, []Fact{}},
		{
			"official",
			[]Fact{
				{FieldONETCode, "29-1141.00", SourceONET},
				{FieldMedianAnnual, "$93,600", SourceOEWS},
				{FieldDescription, "Assess patient health problems and needs.", SourceONET},
				{FieldEmployment, "3,282,010", SourceOEWS},
				{FieldProjectedGrowth, "4.9%", SourceProjections},
				{FieldMedianAnnual, "$93,601", SourceOEWS}, // replaces the first
			},
			[]Fact{
				{FieldMedianAnnual, "$93,601", SourceOEWS},
				{FieldEmployment, "3,282,010", SourceOEWS},
				{FieldProjectedGrowth, "4.9%", SourceProjections},
				{FieldONETCode, "29-1141.00", SourceONET},
				{FieldDescription, "Assess patient health problems and needs.", SourceONET},
			},
		},
		{
			"empty values",
			[]Fact{{FieldYearlySalary, "", "page:a"}, {FieldJobs, "12", "page:a"}, {FieldAge, "", "page:b"}},
			[]Fact{{FieldYearlySalary, "", "page:a"}, {FieldJobs, "12", "page:a"}, {FieldAge, "", "page:b"}},
		},
		{
			"unknown fields last",
			[]Fact{{"zeta", "1", "x"}, {FieldJobs, "12", "page:a"}, {"alpha", "2", "y"}},
			[]Fact{{FieldJobs, "12", "page:a"}, {"alpha", "2", "y"}, {"zeta", "1", "x"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s factSet
			for _, f := range tt.set {
				s.set(f)
			}
			check := func(when string) {
				t.Helper()
				if got := s.all(); !slices.Equal(got, tt.want) {
					t.Errorf("%s: all() = %v; want %v", when, got, tt.want)
				}
				if s.len() != len(tt.want) {
					t.Errorf("%s: len() = %d; want %d", when, s.len(), len(tt.want))
				}
				for _, f := range tt.want {
					if got, ok := s.get(f.Field); !ok || got != f {
						t.Errorf("%s: get(%s) = %v, %v; want %v", when, f.Field, got, ok, f)
					}
				}
				for _, f := range []Field{FieldHourlyRate, FieldInterestCode, "nothing"} {
					if slices.ContainsFunc(tt.want, func(w Fact) bool { return w.Field == f }) {
						continue
					}
					if got, ok := s.get(f); ok {
						t.Errorf("%s: get(%s) = %v; want none", when, f, got)
					}
				}
			}
			check("built")
			s.pack(nil)
			check("packed")
			if s.list != nil && tt.name != "unknown fields last" {
				t.Errorf("packed set is still a list")
			}
			s.set(Fact{FieldHourlyRate, "$20", "page:c"})
			tt.want = append(slices.Clone(tt.want), Fact{FieldHourlyRate, "$20", "page:c"})
			slices.SortStableFunc(tt.want, func(a, b Fact) int { return fieldOrder(a.Field, b.Field) })
			check("changed after packing")
		})
	}
}

// TestKnownFieldsFit: every field of the field table has a bit in a
// packed set.
func TestKnownFieldsFit(t *testing.T) {
	for _, fi := range AllFields {
		if _, ok := fieldNumber[fi.Field]; !ok {
			t.Errorf("field %s has no number", fi.Field)
		}
	}
	if len(fieldNumber) != len(knownFields) {
		t.Errorf("%d field numbers for %d fields: a field is listed twice", len(fieldNumber), len(knownFields))
	}
}

// TestFactBlocks packs several careers' facts into blocks sized for fewer
// of them: each keeps its own, and careers citing the same sources share
// one list of them.
func TestFactBlocks(t *testing.T) {
	sets := [][]Fact{
		{{FieldMedianAnnual, "$93,600", SourceOEWS}, {FieldONETCode, "29-1141.00", SourceONET}},
		{{FieldMedianAnnual, "$50,000", SourceOEWS}, {FieldONETCode, "11-1011.00", SourceONET}},
		{{FieldJobs, "12", "page:a"}, {FieldAge, "40", "page:a"}, {FieldDescription, "Fixes things.", "page:b"}},
	}
	cs := make([]*Career, len(sets))
	for i, facts := range sets {
		cs[i] = newCareer("c")
		for _, f := range facts {
			cs[i].setFact(f)
		}
	}
	blocks := newFactBlocks(cs[:2])
	for _, c := range cs {
		c.facts.pack(blocks)
	}
	for i, c := range cs {
		want := slices.Clone(sets[i])
		slices.SortStableFunc(want, func(a, b Fact) int { return fieldOrder(a.Field, b.Field) })
		if got := c.Facts(); !slices.Equal(got, want) {
			t.Errorf("career %d: Facts() = %v; want %v", i, got, want)
		}
	}
	if &cs[0].facts.srcs[0] != &cs[1].facts.srcs[0] {
		t.Errorf("careers citing the same sources keep two lists of them")
	}
}
