package official

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The O*NET tables read, by file name without extension, and the column that
// marks each one's header row.
const (
	onetOccupations = "Occupation Data"
	onetAlternates  = "Alternate Titles"
	onetReported    = "Sample of Reported Titles"
	onetSkills      = "Skills"
	onetJobZones    = "Job Zones"
	onetCodeCol     = "O*NET-SOC Code"
)

// DefaultONETRelease names the O*NET release when the files do not say:
// O*NET's tables carry no version, only the release notes beside them do.
const DefaultONETRelease = "O*NET 30.2"

var onetCodePattern = regexp.MustCompile(`^\d\d-\d\d\d\d\.\d\d$`)

// readOccupations reads Occupation Data: the list of occupations, in file
// order (O*NET-SOC code order), with their titles and descriptions.
func readOccupations(dir string) ([]Occupation, error) {
	t, err := readONETTable(dir, onetOccupations, onetCodeCol)
	if err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Title", "Description")
	if err != nil {
		return nil, err
	}
	occs := make([]Occupation, 0, len(t.rows))
	seen := make(map[string]bool, len(t.rows))
	for _, r := range t.rows {
		code, title := cell(r, c[0]), cell(r, c[1])
		if code == "" {
			continue
		}
		if !onetCodePattern.MatchString(code) {
			return nil, fmt.Errorf("read %s: bad O*NET-SOC code %q", t.name, code)
		}
		if seen[code] {
			return nil, fmt.Errorf("read %s: %s listed twice", t.name, code)
		}
		seen[code] = true
		occs = append(occs, Occupation{Code: code, SOC: code[:7], Title: title, Description: published(cell(r, c[2]))})
	}
	if len(occs) == 0 {
		return nil, fmt.Errorf("read %s: no occupations", t.name)
	}
	return occs, nil
}

// titleRank collects one occupation's titles with a score saying how common
// each is.
type titleRank struct {
	titles []rankedTitle
	index  map[string]int // titleKey -> position in titles
}

// rankedTitle is a title with its score in each titles file; a title met
// twice in one file (the short title "CCU Nurse" of two alternate titles)
// keeps its best score there, and the files' scores add up.
type rankedTitle struct {
	title  string
	scores [2]int // alternate titles, reported titles
}

func (t rankedTitle) score() int { return t.scores[0] + t.scores[1] }

// The titles files, indexes into rankedTitle.scores.
const (
	fromAlternates = 0
	fromReported   = 1
)

func (r *titleRank) add(file int, title string, score int) {
	if title == "" {
		return
	}
	key := titleKey(title)
	i, ok := r.index[key]
	if !ok {
		if r.index == nil {
			r.index = make(map[string]int)
		}
		i = len(r.titles)
		r.index[key] = i
		r.titles = append(r.titles, rankedTitle{title: title})
	}
	r.titles[i].scores[file] = max(r.titles[i].scores[file], score)
}

// best returns the occupation's titles, highest score first and in the
// order met among equals, without its own title: the MaxCommonTitles
// best, then titles of more than one word that no other occupation lists
// (listers counts the occupations listing each titleKey), up to MaxTitles
// in all. A rare title of one word ("Permian") is more often a word.
func (r *titleRank) best(own string, listers map[string]int) []string {
	slices.SortStableFunc(r.titles, func(a, b rankedTitle) int { return cmp.Compare(b.score(), a.score()) })
	ownKey := titleKey(own)
	var out []string
	for _, t := range r.titles {
		if len(out) == MaxTitles {
			break
		}
		key := titleKey(t.title)
		if key != ownKey && (len(out) < MaxCommonTitles || listers[key] == 1 && strings.Contains(key, " ")) {
			out = append(out, t.title)
		}
	}
	return out
}

// listers counts, for each titleKey, the occupations that list it.
func listers(ranks map[string]*titleRank) map[string]int {
	n := map[string]int{}
	for _, r := range ranks {
		for key := range r.index {
			n[key]++
		}
	}
	return n
}

// titleKey is the form titles are deduplicated by.
func titleKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// readTitles reads Alternate Titles and Sample of Reported Titles and ranks
// each occupation's titles by how many sources use them. An alternate title
// scores one point per O*NET source that lists it ("02,04,06" = 3), its short
// title ("RN" of "Registered Nurse (RN)") the same; a title workers reported
// scores 2 when My Next Move shows it and 1 otherwise. A title in both files
// adds up its points. "Registered Nurse (RN)", listed by seven sources, comes
// first for Registered Nurses.
func readTitles(dir string) (map[string]*titleRank, error) {
	ranks := make(map[string]*titleRank)
	rank := func(code string) *titleRank {
		r := ranks[code]
		if r == nil {
			r = &titleRank{}
			ranks[code] = r
		}
		return r
	}

	t, err := readONETTable(dir, onetAlternates, onetCodeCol)
	if err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Alternate Title", "Short Title", "Source(s)")
	if err != nil {
		return nil, err
	}
	for _, row := range t.rows {
		code := cell(row, c[0])
		if code == "" {
			continue
		}
		score := 0
		for _, s := range strings.Split(cell(row, c[3]), ",") {
			if strings.TrimSpace(s) != "" {
				score++
			}
		}
		score = max(score, 1)
		r := rank(code)
		r.add(fromAlternates, cell(row, c[1]), score)
		if short := cell(row, c[2]); !notPublished(short) {
			r.add(fromAlternates, short, score)
		}
	}

	t, err = readONETTable(dir, onetReported, onetCodeCol)
	if err != nil {
		return nil, err
	}
	c, err = t.cols(onetCodeCol, "Reported Job Title", "Shown in My Next Move")
	if err != nil {
		return nil, err
	}
	for _, row := range t.rows {
		code := cell(row, c[0])
		if code == "" {
			continue
		}
		score := 1
		if strings.EqualFold(cell(row, c[2]), "Y") {
			score = 2
		}
		rank(code).add(fromReported, cell(row, c[1]), score)
	}
	return ranks, nil
}

// readSkills reads Skills and keeps each occupation's MaxSkills most
// important skills (scale IM). A skill is left out when O*NET recommends
// suppressing its importance rating or marks it not relevant to the
// occupation; a suppressed level rating leaves Level empty.
func readSkills(dir string) (map[string][]Skill, error) {
	t, err := readONETTable(dir, onetSkills, onetCodeCol)
	if err != nil {
		return nil, err
	}
	return ratingsOf(t, MaxSkills)
}

// readKnowledge reads Knowledge, laid out as Skills, and keeps every
// knowledge area rated for an occupation (at most 33), most important
// first: ranking occupations by one area needs each one's rating of it.
func readKnowledge(dir string) (map[string][]Skill, error) {
	t, err := optional(readONETTable(dir, onetKnowledge, onetCodeCol))
	if t == nil || err != nil {
		return nil, err
	}
	return ratingsOf(t, MaxKnowledge)
}

// ratingsOf reads a table of importance (IM) and level (LV) ratings, the
// layout of Skills and Knowledge, keeping at most limit per occupation.
func ratingsOf(t *table, limit int) (map[string][]Skill, error) {
	c, err := t.cols(onetCodeCol, "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant")
	if err != nil {
		return nil, err
	}
	type rating struct {
		name       string
		importance float64
		hasIM      bool
		level      float64
		hasLV      bool
		drop       bool
	}
	byCode := make(map[string][]*rating)
	find := func(code, name string) *rating {
		for _, r := range byCode[code] {
			if r.name == name {
				return r
			}
		}
		r := &rating{name: name}
		byCode[code] = append(byCode[code], r)
		return r
	}
	for _, row := range t.rows {
		code, name, scale := cell(row, c[0]), cell(row, c[1]), cell(row, c[2])
		if code == "" || (scale != "IM" && scale != "LV") {
			continue
		}
		r := find(code, name)
		suppressed := strings.EqualFold(cell(row, c[4]), "Y")
		if strings.EqualFold(cell(row, c[5]), "Y") {
			r.drop = true
		}
		value := cell(row, c[3])
		if notPublished(value) {
			suppressed = true
		}
		v := 0.0
		if !suppressed {
			if v, err = parseNumber(value); err != nil {
				return nil, fmt.Errorf("read %s: %s %s %s: %w", t.name, code, name, scale, err)
			}
		}
		switch {
		case scale == "IM" && suppressed:
			r.drop = true
		case scale == "IM":
			r.importance, r.hasIM = v, true
		case scale == "LV" && !suppressed:
			r.level, r.hasLV = v, true
		}
	}
	skills := make(map[string][]Skill, len(byCode))
	for code, ratings := range byCode {
		ratings = slices.DeleteFunc(ratings, func(r *rating) bool { return r.drop || !r.hasIM })
		slices.SortStableFunc(ratings, func(a, b *rating) int {
			return cmp.Or(cmp.Compare(b.importance, a.importance), cmp.Compare(b.level, a.level))
		})
		var out []Skill
		for _, r := range ratings[:min(len(ratings), limit)] {
			s := Skill{Name: r.name, Importance: formatNumber(r.importance, 2)}
			if r.hasLV {
				s.Level = formatNumber(r.level, 2)
			}
			out = append(out, s)
		}
		skills[code] = out
	}
	return skills, nil
}

// readJobZones reads Job Zones: 1 (little preparation) to 5 (extensive).
func readJobZones(dir string) (map[string]int, error) {
	t, err := readONETTable(dir, onetJobZones, onetCodeCol)
	if err != nil {
		return nil, err
	}
	c, err := t.cols(onetCodeCol, "Job Zone")
	if err != nil {
		return nil, err
	}
	zones := make(map[string]int, len(t.rows))
	for _, row := range t.rows {
		code, z := cell(row, c[0]), cell(row, c[1])
		if code == "" || notPublished(z) {
			continue
		}
		n, err := strconv.Atoi(z)
		if err != nil || n < 1 || n > 5 {
			return nil, fmt.Errorf("read %s: %s: job zone %q is not 1-5", t.name, code, z)
		}
		zones[code] = n
	}
	return zones, nil
}

var onetReleasePattern = regexp.MustCompile(`O\*NET[®]? (\d+\.\d+) Database`)

// onetRelease finds the O*NET release in the notes published beside the
// tables — O*NET's "Read Me.txt" or a README.md at the top of dir — as the
// tables themselves carry no version.
func onetRelease(dir string) string {
	for _, p := range []string{filepath.Join(dir, "onet", "Read Me.txt"), filepath.Join(dir, "README.md")} {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if m := onetReleasePattern.FindSubmatch(data); m != nil {
			return "O*NET " + string(m[1])
		}
	}
	return DefaultONETRelease
}
