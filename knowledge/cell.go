package knowledge

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Row labels as comparison pages print them, and the field each one fills.
// Several tables repeat a figure (the overview's yearly salary is the salary
// table's average salary), so labels share fields.
var labelFields = map[string]Field{
	"Yearly salary":        FieldYearlySalary,
	"Average salary":       FieldYearlySalary,
	"Hourly rate":          FieldHourlyRate,
	"Growth rate":          FieldGrowthRate,
	"Number of jobs":       FieldJobs,
	"Job satisfaction":     FieldSatisfaction,
	"Most common degree":   FieldDegree,
	"Average age":          FieldAge,
	"Years of experience":  FieldExperience,
	"Salary range":         FieldSalaryRange,
	"Highest paying City":  FieldCity,
	"Highest paying city":  FieldCity,
	"Highest paying state": FieldState,
	"Best paying company":  FieldCompany,
	"Best paying industry": FieldIndustry,
	"Most common major":    FieldMajor,
	"Most common college":  FieldCollege,
	"Gender ratio":         FieldGenderRatio,
	"Race ratio":           FieldRaceRatio,
	"LGBT Percentage":      FieldLGBT,
	"LGBT percentage":      FieldLGBT,
}

// labels sorted longest first, so a collapsed row takes the longest label
// it starts with.
var labelsLongestFirst = func() []string {
	var ls []string
	for l := range labelFields {
		ls = append(ls, l)
	}
	sortByLenDesc(ls)
	return ls
}()

func sortByLenDesc(ss []string) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && (len(ss[j]) > len(ss[j-1]) || len(ss[j]) == len(ss[j-1]) && ss[j] < ss[j-1]); j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// rowLabel returns the label a collapsed row starts with.
func rowLabel(line string) (string, bool) {
	for _, l := range labelsLongestFirst {
		if strings.HasPrefix(line, l) {
			return l, true
		}
	}
	return "", false
}

var (
	reMoney     = regexp.MustCompile(`^\$(0|[1-9]\d{0,2}(,\d{3})*)$`)
	reHourly    = regexp.MustCompile(`^\$(0|[1-9]\d{0,2}(,\d{3})*)\.\d{2}$`)
	reGrowth    = regexp.MustCompile(`^-?\d{1,3}(\.\d+)?%$`)
	reCount     = regexp.MustCompile(`^(0|[1-9]\d{0,2}(,\d{3})*)$`)
	reSatisfy   = regexp.MustCompile(`^[1-5](\.\d{1,2})?$`)
	reAge       = regexp.MustCompile(`^[1-9]\d$`)
	reYears     = regexp.MustCompile(`^(0|[1-9]\d?)$`)
	reDegree    = regexp.MustCompile(`^[A-Z0-9][^,]*, \d{1,3}(\.\d+)?%$`)
	reRange     = regexp.MustCompile(`^Between \$(0|[1-9]\d{0,2}(,\d{3})*) And \$(0|[1-9]\d{0,2}(,\d{3})*)$`)
	reCity      = regexp.MustCompile(`^[A-Z][^,]*, [A-Z]{2}$`)
	rePercent   = regexp.MustCompile(`^\d{1,3}(\.\d+)?%$`)
	reShareList = regexp.MustCompile(`^[A-Z][^,%]*, \d{1,3}(\.\d+)?%( [A-Z][^,%]*, \d{1,3}(\.\d+)?%)*$`)
)

var states = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split("Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming,District of Columbia", ",") {
		m[s] = true
	}
	return m
}()

// validCell reports whether s is a well-formed cell for the row label. "-"
// (no figure) is valid everywhere.
func validCell(label, s string) bool {
	if s == "-" {
		return true
	}
	if s == "" || strings.TrimSpace(s) != s || strings.HasPrefix(s, "-") && labelFields[label] != FieldGrowthRate {
		return false
	}
	switch labelFields[label] {
	case FieldYearlySalary:
		return reMoney.MatchString(s)
	case FieldHourlyRate:
		return reHourly.MatchString(s)
	case FieldGrowthRate:
		return reGrowth.MatchString(s)
	case FieldJobs:
		return reCount.MatchString(s)
	case FieldSatisfaction:
		return reSatisfy.MatchString(s)
	case FieldAge:
		return reAge.MatchString(s)
	case FieldExperience:
		return reYears.MatchString(s)
	case FieldDegree:
		return reDegree.MatchString(s)
	case FieldSalaryRange:
		return reRange.MatchString(s)
	case FieldCity:
		return reCity.MatchString(s)
	case FieldState:
		return states[s]
	case FieldLGBT:
		return rePercent.MatchString(s)
	case FieldGenderRatio, FieldRaceRatio:
		return reShareList.MatchString(s)
	case FieldCompany, FieldIndustry, FieldMajor, FieldCollege:
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

func cellStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '$' || r == '-' || unicode.IsDigit(r) || unicode.IsUpper(r)
}

// maxRowBytes bounds a collapsed row: the longest real ones (two race
// ratios) are a few hundred bytes, and splitting is quadratic in length.
const maxRowBytes = 2048

// splitCollapsed returns every way to cut raw into two cells that both pass
// the label's format rules. One candidate is a clean split; more is an
// ambiguous cell; none means the text is not two cells of that row.
func splitCollapsed(label, raw string) [][2]string {
	var out [][2]string
	if len(raw) > maxRowBytes {
		return nil
	}
	for i := range raw {
		// Every cell format starts with "$", "-", a digit or a capital
		// and ends with no blank: skip cuts that cannot be one.
		if i == 0 || raw[i-1] == ' ' || !cellStart(raw[i:]) {
			continue
		}
		a, b := raw[:i], raw[i:]
		if validCell(label, a) && validCell(label, b) {
			out = append(out, [2]string{a, b})
		}
	}
	return out
}
