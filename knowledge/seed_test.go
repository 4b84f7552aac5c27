package knowledge_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// oracle is testdata/seed-careers.json: every value of the two seed pages,
// read by hand.
type oracle struct {
	Careers []struct {
		Title           string             `json:"title"`
		YearlySalary    *float64           `json:"yearly_salary"`
		HourlyRate      *float64           `json:"hourly_rate"`
		GrowthRate      *float64           `json:"growth_rate_pct"`
		Jobs            *float64           `json:"number_of_jobs"`
		Satisfaction    *float64           `json:"job_satisfaction"`
		Degree          *string            `json:"most_common_degree"`
		DegreePct       *float64           `json:"most_common_degree_pct"`
		Age             *float64           `json:"average_age"`
		Experience      *float64           `json:"years_of_experience"`
		SalaryRange     []float64          `json:"salary_range"`
		City            *string            `json:"highest_paying_city"`
		State           *string            `json:"highest_paying_state"`
		Company         *string            `json:"best_paying_company"`
		Industry        *string            `json:"best_paying_industry"`
		Major           *string            `json:"most_common_major"`
		College         *string            `json:"most_common_college"`
		Gender          map[string]float64 `json:"gender_ratio"`
		Race            map[string]float64 `json:"race_ratio"`
		LGBT            *float64           `json:"lgbt_pct"`
		TopSkills       []string           `json:"top_skills"`
		Skills          [][2]any           `json:"skills"`
		RespCount       int                `json:"responsibilities_count"`
		RespFirst       *string            `json:"responsibility_first"`
		DescriptionHead string             `json:"description_starts"`
	} `json:"careers"`
	Pairs []struct {
		A, B  string
		Years string `json:"years_to_become"`
	} `json:"pairs"`
}

// TestSeedOracle asserts every value of seed-careers.json after loading the
// two embedded seed pages.
func TestSeedOracle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "seed-careers.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want oracle
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	base, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	pageCareers := 0
	for _, c := range base.Careers() {
		if !c.Official() {
			pageCareers++
		}
	}
	if pageCareers != len(want.Careers) {
		t.Errorf("LoadSeeds has %d page careers; want %d", pageCareers, len(want.Careers))
	}
	for _, w := range want.Careers {
		c, ok := base.Career(knowledge.Normalize(w.Title))
		if !ok {
			t.Errorf("career %q missing", w.Title)
			continue
		}
		if c.Name != w.Title {
			t.Errorf("name = %q; want %q", c.Name, w.Title)
		}
		fact := func(f knowledge.Field) string {
			v, ok := c.Fact(f)
			if !ok {
				return "<none>"
			}
			if v.Source == "" {
				t.Errorf("%s %s has no source", c.Name, f)
			}
			return v.Value
		}
		check := func(f knowledge.Field, want string) {
			t.Helper()
			if got := fact(f); got != want {
				t.Errorf("%s %s = %q; want %q", c.Name, f, got, want)
			}
		}
		check(knowledge.FieldYearlySalary, money(w.YearlySalary, 0))
		check(knowledge.FieldHourlyRate, money(w.HourlyRate, 2))
		check(knowledge.FieldGrowthRate, pct(w.GrowthRate))
		check(knowledge.FieldJobs, grouped(w.Jobs))
		check(knowledge.FieldSatisfaction, plain(w.Satisfaction))
		check(knowledge.FieldDegree, fmt.Sprintf("%s, %s", deref(w.Degree), pct(w.DegreePct)))
		check(knowledge.FieldAge, plain(w.Age))
		check(knowledge.FieldExperience, plain(w.Experience))
		check(knowledge.FieldSalaryRange, fmt.Sprintf("Between %s And %s", money(&w.SalaryRange[0], 0), money(&w.SalaryRange[1], 0)))
		check(knowledge.FieldCity, deref(w.City))
		check(knowledge.FieldState, deref(w.State))
		check(knowledge.FieldCompany, deref(w.Company))
		check(knowledge.FieldIndustry, deref(w.Industry))
		check(knowledge.FieldMajor, deref(w.Major))
		check(knowledge.FieldCollege, deref(w.College))
		check(knowledge.FieldLGBT, pct(w.LGBT))
		checkShares(t, c.Name+" gender", fact(knowledge.FieldGenderRatio), w.Gender)
		checkShares(t, c.Name+" race", fact(knowledge.FieldRaceRatio), w.Race)
		if got := fact(knowledge.FieldDescription); !strings.HasPrefix(got, w.DescriptionHead) {
			t.Errorf("%s description = %.60q…; want it to start %.60q", c.Name, got, w.DescriptionHead)
		}
		if got := itemNames(c.Lists[knowledge.ListTopSkills].Items); got != strings.Join(w.TopSkills, "|") {
			t.Errorf("%s top skills = %q; want %q", c.Name, got, strings.Join(w.TopSkills, "|"))
		}
		var wantSkills []string
		for _, s := range w.Skills {
			wantSkills = append(wantSkills, fmt.Sprintf("%v %v%%", s[0], s[1]))
		}
		var gotSkills []string
		for _, it := range c.Lists[knowledge.ListSkills].Items {
			gotSkills = append(gotSkills, it.Name+" "+it.Share)
		}
		if strings.Join(gotSkills, "|") != strings.Join(wantSkills, "|") {
			t.Errorf("%s skills = %q; want %q", c.Name, gotSkills, wantSkills)
		}
		resp := c.Lists[knowledge.ListResponsibilities].Items
		if len(resp) != w.RespCount {
			t.Errorf("%s has %d responsibilities; want %d", c.Name, len(resp), w.RespCount)
		}
		if w.RespFirst != nil && (len(resp) == 0 || resp[0].Name != *w.RespFirst) {
			t.Errorf("%s first responsibility = %v; want %q", c.Name, resp, *w.RespFirst)
		}
		for _, r := range resp {
			if r.Name == "Show more" {
				t.Errorf("%s: page control %q stored as a responsibility", c.Name, r.Name)
			}
		}
	}
	for _, p := range want.Pairs {
		a, _ := base.Career(knowledge.Normalize(p.A))
		b, _ := base.Career(knowledge.Normalize(p.B))
		if a == nil || b == nil {
			t.Errorf("pair %s / %s: career missing", p.A, p.B)
			continue
		}
		pfs := base.Pair(a, b)
		if len(pfs) != 1 || pfs[0].Field != knowledge.FieldYearsToBecome || pfs[0].Value != p.Years {
			t.Errorf("Pair(%s, %s) = %+v; want years to become %q", p.A, p.B, pfs, p.Years)
		}
	}
}

func itemNames(items []knowledge.Item) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Name)
	}
	return strings.Join(out, "|")
}

// checkShares compares "Male, 83.4% Female, 16.6%" with the oracle's map.
func checkShares(t *testing.T, what, got string, want map[string]float64) {
	t.Helper()
	for name, share := range want {
		item := fmt.Sprintf("%s, %s%%", name, strconv.FormatFloat(share, 'f', -1, 64))
		if !strings.Contains(got, item) {
			t.Errorf("%s = %q; want it to contain %q", what, got, item)
		}
	}
	if n := strings.Count(got, "%"); n != len(want) {
		t.Errorf("%s has %d shares; want %d", what, n, len(want))
	}
}

func deref(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}

func plain(f *float64) string {
	if f == nil {
		return "<none>"
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func pct(f *float64) string {
	if f == nil {
		return "<none>"
	}
	return plain(f) + "%"
}

func money(f *float64, decimals int) string {
	if f == nil {
		return "<none>"
	}
	s := strconv.FormatFloat(*f, 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	out := "$" + group(whole)
	if frac != "" {
		out += "." + frac
	}
	return out
}

func grouped(f *float64) string {
	if f == nil {
		return "<none>"
	}
	return group(strconv.FormatFloat(*f, 'f', 0, 64))
}

func group(digits string) string {
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
