package official

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The O*NET tables added for issue 12: what a job involves (tasks, tools),
// where else it leads (related occupations), who likes it (interests), what
// it asks one to know (knowledge areas) and how workers were educated.
// Unlike the tables of onet.go they are optional: a folder without them
// reads as before, with those parts empty.
const (
	onetTasks          = "Task Statements"
	onetTechnology     = "Technology Skills"
	onetRelated        = "Related Occupations"
	onetInterests      = "Interests"
	onetKnowledge      = "Knowledge"
	onetEducation      = "Education, Training, and Experience"
	onetEducationCodes = "Education, Training, and Experience Categories"
)

// Bounds on the per-occupation lists.
const (
	// MaxTasks bounds Occupation.Tasks: core tasks first.
	MaxTasks = 8
	// MaxTechnology bounds the technology examples kept beyond those O*NET
	// flags as Hot Technology or In Demand, which are all kept so that
	// "jobs that use python" finds every occupation that names it.
	MaxTechnology = 10
)

// Task is one O*NET task statement of an occupation.
type Task struct {
	Text string // "Monitor, record, and report symptoms or changes in patients' conditions."
	Type string // "Core", "Supplemental", or "" when O*NET gives none
}

// Technology is one example of the technology an occupation uses.
type Technology struct {
	Name     string // the product as O*NET names it, "Microsoft Excel"
	Hot      bool   // O*NET's Hot Technology: frequently named in employer job postings
	InDemand bool   // In Demand: frequently named in postings for this occupation
}

// Related is one occupation O*NET lists as related, in its order.
type Related struct {
	Code string // O*NET-SOC code, "29-1171.00"
	Tier string // "Primary-Short", "Primary-Long" or "Supplemental"
}

// RIASEC lists the six interest areas (Holland codes) in O*NET's order;
// Interests.Scores follow it.
var RIASEC = [6]string{"Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"}

// Interests is an occupation's RIASEC profile.
type Interests struct {
	// Scores are the OI ratings (1-7) of RIASEC's areas, in its order, two
	// decimals as O*NET's text release prints them ("5.62"); "" when absent.
	Scores [6]string
	// HighPoints are the first, second and third high points, as 1-based
	// indexes into RIASEC; 0 when O*NET names none.
	HighPoints [3]int
}

// EducationShare is the share of workers (respondents) whose job requires
// one level of education (O*NET scale RL).
type EducationShare struct {
	Category int    // 1-12
	Level    string // the category's name, "Master's Degree", without O*NET's explanation after " - "
	Percent  string // as published, two decimals at most: "65.22"
}

// The releases the added tables come from when no notes beside them say:
// O*NET's 30.1 Task Statements and the 29.3 versions of the rest.
var defaultReleases = map[string]string{
	onetTasks:      "O*NET 30.1",
	onetTechnology: "O*NET 29.3",
	onetRelated:    "O*NET 29.3",
	onetInterests:  "O*NET 29.3",
	onetKnowledge:  "O*NET 29.3",
	onetEducation:  "O*NET 29.3",
}

// ReleaseKeys are the keys of Dataset.Release for the added tables.
var ReleaseKeys = map[string]string{
	onetTasks:      "onet-tasks",
	onetTechnology: "onet-technology",
	onetRelated:    "onet-related",
	onetInterests:  "onet-interests",
	onetKnowledge:  "onet-knowledge",
	onetEducation:  "onet-education",
}

// MainReleaseKeys are the keys of Dataset.Release for tables read with
// Occupation Data, set only when the notes name a release of their own.
var MainReleaseKeys = map[string]string{
	onetReported: "onet-reported-titles",
	onetSkills:   "onet-skills",
	onetJobZones: "onet-job-zones",
}

var fileReleasePattern = regexp.MustCompile(`(?m)^\|\s*onet/([^|]+?)\.(?:xlsx|txt)\s*\|\s*(O\*NET \d+\.\d+)\s*\|`)

// fileReleases reads the release of each O*NET table from a README.md at the
// top of dir that lists files in a table ("| onet/Task Statements.xlsx |
// O*NET 30.1 | …"); the added tables come from older releases than
// Occupation Data, so one release for all would cite them wrongly.
func fileReleases(dir string) map[string]string {
	out := map[string]string{}
	data, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		return out
	}
	for _, m := range fileReleasePattern.FindAllStringSubmatch(string(data), -1) {
		out[m[1]] = m[2]
	}
	return out
}

// optional turns "file missing" into no error: the added tables may be absent.
func optional(t *table, err error) (*table, error) {
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return t, err
}

// readTasks reads Task Statements: each occupation's core tasks, then its
// supplemental ones, in file order, at most MaxTasks.
func readTasks(dir string) (map[string][]Task, error) {
	t, err := optional(readONETTable(dir, onetTasks, onetCodeCol))
	if t == nil || err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Task", "Task Type")
	if err != nil {
		return nil, err
	}
	all := map[string][]Task{}
	for _, row := range t.rows {
		code, text := cell(row, c[0]), cell(row, c[1])
		if code == "" || text == "" {
			continue
		}
		all[code] = append(all[code], Task{Text: text, Type: published(cell(row, c[2]))})
	}
	rank := func(t Task) int {
		switch strings.ToLower(t.Type) {
		case "core":
			return 0
		case "supplemental":
			return 1
		}
		return 2
	}
	for code, ts := range all {
		slices.SortStableFunc(ts, func(a, b Task) int { return cmp.Compare(rank(a), rank(b)) })
		all[code] = slices.Clip(ts[:min(len(ts), MaxTasks)])
	}
	return all, nil
}

// readTechnology reads Technology Skills: every example flagged Hot
// Technology or In Demand, then others up to MaxTechnology in all; flagged
// both ways first, then hot, then in demand, each in file order.
func readTechnology(dir string) (map[string][]Technology, error) {
	t, err := optional(readONETTable(dir, onetTechnology, onetCodeCol))
	if t == nil || err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Example", "Hot Technology", "In Demand")
	if err != nil {
		return nil, err
	}
	all := map[string][]Technology{}
	for _, row := range t.rows {
		code, name := cell(row, c[0]), cell(row, c[1])
		if code == "" || name == "" {
			continue
		}
		all[code] = append(all[code], Technology{Name: name,
			Hot: strings.EqualFold(cell(row, c[2]), "Y"), InDemand: strings.EqualFold(cell(row, c[3]), "Y")})
	}
	rank := func(t Technology) int {
		switch {
		case t.Hot && t.InDemand:
			return 0
		case t.Hot:
			return 1
		case t.InDemand:
			return 2
		}
		return 3
	}
	for code, ts := range all {
		slices.SortStableFunc(ts, func(a, b Technology) int { return cmp.Compare(rank(a), rank(b)) })
		keep := 0
		for keep < len(ts) && (rank(ts[keep]) < 3 || keep < MaxTechnology) {
			keep++
		}
		all[code] = slices.Clip(ts[:keep])
	}
	return all, nil
}

// relatedTiers orders O*NET's relatedness tiers, closest first.
var relatedTiers = map[string]int{"primary-short": 0, "primary-long": 1, "supplemental": 2}

// readRelated reads Related Occupations in O*NET's order: by tier, then by
// its index.
func readRelated(dir string) (map[string][]Related, error) {
	t, err := optional(readONETTable(dir, onetRelated, onetCodeCol))
	if t == nil || err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Related O*NET-SOC Code", "Relatedness Tier", "Index")
	if err != nil {
		return nil, err
	}
	type ranked struct {
		r          Related
		tier, slot int
	}
	all := map[string][]ranked{}
	for _, row := range t.rows {
		code, other := cell(row, c[0]), cell(row, c[1])
		if code == "" || other == "" {
			continue
		}
		if !onetCodePattern.MatchString(other) {
			return nil, fmt.Errorf("read %s: %s: bad related code %q", t.name, code, other)
		}
		tier := cell(row, c[2])
		order, ok := relatedTiers[strings.ToLower(tier)]
		if !ok {
			order = len(relatedTiers)
		}
		slot, err := strconv.Atoi(cell(row, c[3]))
		if err != nil {
			return nil, fmt.Errorf("read %s: %s: index %q is not a number", t.name, code, cell(row, c[3]))
		}
		all[code] = append(all[code], ranked{Related{Code: other, Tier: tier}, order, slot})
	}
	out := make(map[string][]Related, len(all))
	for code, rs := range all {
		slices.SortStableFunc(rs, func(a, b ranked) int { return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.slot, b.slot)) })
		list := make([]Related, len(rs))
		for i, r := range rs {
			list[i] = r.r
		}
		out[code] = list
	}
	return out, nil
}

// readInterests reads Interests: the OI score of each RIASEC area and the
// IH high points.
func readInterests(dir string) (map[string]*Interests, error) {
	t, err := optional(readONETTable(dir, onetInterests, onetCodeCol))
	if t == nil || err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Element Name", "Scale ID", "Data Value")
	if err != nil {
		return nil, err
	}
	highPoints := []string{"First Interest High-Point", "Second Interest High-Point", "Third Interest High-Point"}
	out := map[string]*Interests{}
	for _, row := range t.rows {
		code, name, scale, value := cell(row, c[0]), cell(row, c[1]), cell(row, c[2]), cell(row, c[3])
		if code == "" || notPublished(value) {
			continue
		}
		v, err := parseNumber(value)
		if err != nil {
			return nil, fmt.Errorf("read %s: %s %s: %w", t.name, code, name, err)
		}
		in := out[code]
		if in == nil {
			in = &Interests{}
			out[code] = in
		}
		switch scale {
		case "OI":
			if i := slices.Index(RIASEC[:], name); i >= 0 {
				in.Scores[i] = formatNumber(v, 2)
			}
		case "IH":
			if i := slices.Index(highPoints, name); i >= 0 {
				if v != float64(int(v)) || v < 0 || v > 6 {
					return nil, fmt.Errorf("read %s: %s %s: %q is not 0-6", t.name, code, name, value)
				}
				in.HighPoints[i] = int(v)
			}
		}
	}
	return out, nil
}

// readEducation reads the required level of education (scale RL) of
// Education, Training, and Experience with the names of its categories:
// the categories with a share above zero, in category order.
func readEducation(dir string) (map[string][]EducationShare, error) {
	t, err := optional(readONETTable(dir, onetEducation, onetCodeCol))
	if t == nil || err != nil {
		return nil, err
	}
	codes, err := readONETTable(dir, onetEducationCodes, "Category Description")
	if err != nil {
		return nil, err
	}
	cc, err := codes.cols("Scale ID", "Category", "Category Description")
	if err != nil {
		return nil, err
	}
	levels := map[int]string{}
	for _, row := range codes.rows {
		if cell(row, cc[0]) != "RL" {
			continue
		}
		n, err := strconv.Atoi(cell(row, cc[1]))
		if err != nil {
			return nil, fmt.Errorf("read %s: RL category %q is not a number", codes.name, cell(row, cc[1]))
		}
		// "Post-Secondary Certificate - awarded for training completed after
		// high school (…)": the name, without the explanation.
		name, _, _ := strings.Cut(cell(row, cc[2]), " - ")
		levels[n] = strings.TrimSpace(name)
	}
	c, err := t.cols(onetCodeCol, "Scale ID", "Category", "Data Value")
	if err != nil {
		return nil, err
	}
	out := map[string][]EducationShare{}
	for _, row := range t.rows {
		code, scale, category, value := cell(row, c[0]), cell(row, c[1]), cell(row, c[2]), cell(row, c[3])
		if code == "" || scale != "RL" || notPublished(value) {
			continue
		}
		n, err := strconv.Atoi(category)
		if err != nil || levels[n] == "" {
			return nil, fmt.Errorf("read %s: %s: RL category %q is not in %s", t.name, code, category, codes.name)
		}
		v, err := parseNumber(value)
		if err != nil {
			return nil, fmt.Errorf("read %s: %s RL %d: %w", t.name, code, n, err)
		}
		if v <= 0 {
			continue
		}
		out[code] = append(out[code], EducationShare{Category: n, Level: levels[n], Percent: strconv.FormatFloat(v, 'f', -1, 64)})
	}
	for code, es := range out {
		slices.SortStableFunc(es, func(a, b EducationShare) int { return cmp.Compare(a.Category, b.Category) })
		out[code] = es
	}
	return out, nil
}
