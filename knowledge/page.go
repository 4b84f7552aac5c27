package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxPageBytes bounds the size of one page; real pages are a few kilobytes.
const MaxPageBytes = 1 << 20

// ErrNotAPage is returned for input that is not a readable comparison page.
var ErrNotAPage = errors.New("not a career comparison page")

// Page layouts.
const (
	LayoutPipe      = "pipe"      // tables as "| Yearly salary | $90,615 | $74,459 |"
	LayoutCollapsed = "collapsed" // cells run together: "Yearly salary$90,615$74,459"
)

// Page sections, in the order pages print them.
const (
	SectionOverview         = "overview"
	SectionSalary           = "salary"
	SectionEducation        = "education"
	SectionDemographics     = "demographics"
	SectionResponsibilities = "responsibilities"
	SectionSkills           = "skills"
)

var sectionOrder = []string{SectionOverview, SectionSalary, SectionEducation, SectionDemographics, SectionResponsibilities, SectionSkills}

// Page is everything one "X vs Y" comparison page says.
type Page struct {
	Name   string // the file it was read from
	Layout string
	Title  string // "Lead technician vs senior support technician"
	Sides  [2]Side

	YearsToBecomeBoth string // "1-2 years" when the intro gives one time for both
	HigherPaid        int    // side the intro says earns more; -1 when it does not say

	Tables     []Table
	Ambiguous  []AmbiguousCell
	Truncation *Truncation // where the page was cut off; nil when it ends cleanly
}

// Side is what a page says about one of its two careers.
type Side struct {
	Name             string // display name: the table header, else title-cased from the text
	Singular         string // as written in sentences: "lead technician"
	Plural           string
	YearsToBecome    string // "2-4 years"
	IntroSalary      string // the intro's average salary, "$90,615"
	TopSkills        []string
	Description      string // only when complete
	Responsibilities []string
	Skills           []Item
}

// Table is one table of a page.
type Table struct {
	Section string
	Rows    []Row
}

// Row is one complete table row. Cells are "" where a collapsed row could not
// be split with confidence (see Page.Ambiguous).
type Row struct {
	Label string
	Cells [2]string
}

// AmbiguousCell is a collapsed row that more than one cut splits into two
// valid cells. Resolved holds the cut another figure confirmed, if any.
type AmbiguousCell struct {
	Section    string
	Label      string
	Raw        string
	Candidates [][2]string
	Resolved   *[2]string
	ResolvedBy string
}

// Truncation says where a page was cut off.
type Truncation struct {
	Section  string // section (or "description_a"/"description_b") the cut falls in
	Element  string // "description", "lead_in", "heading", "header_row", "row"
	LastLine string
	Row      string // label of the cut row, for Element "row"
}

// String says where the page ends in words: "page ends inside the second
// career's description", "page ends inside row "Age" of the salary table".
func (t *Truncation) String() string {
	where := "the " + strings.ReplaceAll(t.Section, "_", " ") + " section"
	switch t.Section {
	case "description_a":
		where = "the first career's description"
	case "description_b":
		where = "the second career's description"
	}
	table := "the " + strings.ReplaceAll(t.Section, "_", " ") + " table"
	switch t.Element {
	case "description":
		return "page ends inside " + where
	case "lead_in":
		return "page ends inside the introduction to " + where
	case "heading":
		return "page ends at the heading of " + where
	case "header_row":
		return "page ends inside the header row of " + table
	case "row":
		if t.Row != "" {
			return fmt.Sprintf("page ends inside row %q of %s", t.Row, table)
		}
		return "page ends inside a row of " + table
	}
	return "page ends inside " + where
}

var (
	reTitle       = regexp.MustCompile(`^(.+?) vs\.? (.+)$`)
	reDifferences = regexp.MustCompile(`^The differences between (.+?) and (.+?) can be seen`)
	reBoth        = regexp.MustCompile(`It typically takes (.+?) to become both an? (.+?) and an? (.+?)\.(?:\s|$)`)
	reWhile       = regexp.MustCompile(`While it typically takes (.+?) to become an? (.+?), becoming an? (.+?) takes usually requires (.+?)\.(?:\s|$)`)
	reHigher      = regexp.MustCompile(`Additionally, an? (.+?) has an average salary of (\$[\d,]+), which is higher than the (\$[\d,]+) average annual salary of an? (.+?)\.(?:\s|$)`)
	reSkillsA     = regexp.MustCompile(`^The top three skills for an? (.+?) include (.*?)\.(?: |$)`)
	reSkillsB     = regexp.MustCompile(`The most important skills for an? (.+?) are (.*?)\.?$`)
	reHeadingVs   = regexp.MustCompile(`(?i)^(.+) vs (.+) (overview|salary|demographics|skills)$`)
	reHeadingDiff = regexp.MustCompile(`(?i)^differences between (.+) and (.+) (education|duties and responsibilities)$`)
	reWhatDoes    = regexp.MustCompile(`(?i)^what does an? (.+) do\?$`)
	reRespHeader  = regexp.MustCompile(`(?i)^(.+) example responsibilities\.?$`)
	reSkillHeader = regexp.MustCompile(`(?i)^common (.+) skills$`)
	reSkillItem   = regexp.MustCompile(`^(.+), (\d{1,3}(?:\.\d+)?%)$`)
	reFooter      = regexp.MustCompile(`^Browse .+ jobs$`)
)

var navLines = map[string]bool{
	"Explore jobs": true, "Find specific jobs": true, "Explore careers": true,
	"Explore professions": true, "Best companies": true, "Explore companies": true, "Post job": true,
}

// ParsePage reads one comparison page. name is used in errors only.
func ParsePage(name string, data []byte) (*Page, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	p := &Page{Name: name, HigherPaid: -1, Layout: LayoutCollapsed}
	for _, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 3 {
			p.Layout = LayoutPipe
			break
		}
	}
	s := &pageScanner{p: p, lines: lines, descSide: -1, listSide: -1}
	s.readNames()
	if p.Title == "" {
		// Only the collapsed layout has a title line; a pipe page cut
		// before its first table still shows the pipe page's menu.
		p.Layout = LayoutPipe
	}
	if (p.Sides[0].Singular == "" || p.Sides[1].Singular == "") && !s.findPipeHeader() {
		return nil, fmt.Errorf("%w: no two careers found (expected a title like \"X vs Y\", the intro sentences or a table header)", ErrNotAPage)
	}
	s.scan()
	if len(p.Tables) == 0 && p.Sides[0].IntroSalary == "" && p.Sides[0].Description == "" && len(p.Sides[0].TopSkills) == 0 {
		return nil, fmt.Errorf("%w: no comparison table or career facts found", ErrNotAPage)
	}
	for i := range p.Sides {
		sd := &p.Sides[i]
		if Normalize(sd.Singular) == "" && Normalize(sd.Name) == "" {
			return nil, fmt.Errorf("%w: no two careers found (expected a title like \"X vs Y\", the intro sentences or a table header)", ErrNotAPage)
		}
		if sd.Name == "" {
			sd.Name = titleCase(sd.Singular)
		}
		if sd.Singular == "" {
			sd.Singular = strings.ToLower(sd.Name)
		}
	}
	if p.Title == "" {
		p.Title = p.Sides[0].Name + " vs " + p.Sides[1].Name
	}
	p.resolveWithinPage()
	return p, nil
}

// checkText rejects input that is not page text, with a reason a user can act on.
func checkText(data []byte) error {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return fmt.Errorf("%w: the file is empty", ErrNotAPage)
	case len(data) > MaxPageBytes:
		return fmt.Errorf("%w: the file is %d bytes, over the %d-byte limit for one page", ErrNotAPage, len(data), MaxPageBytes)
	case bytes.IndexByte(data, 0) >= 0:
		return fmt.Errorf("%w: the file holds binary data", ErrNotAPage)
	case !utf8.Valid(data):
		return fmt.Errorf("%w: the file is not valid UTF-8 text", ErrNotAPage)
	}
	head := strings.ToLower(string(data[:min(len(data), 4096)]))
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") || strings.Contains(head, "<body") {
		return fmt.Errorf("%w: the file is an HTML page; save the page as text and import that", ErrNotAPage)
	}
	return nil
}

// pageScanner walks a page's lines once, keeping what it expects next.
type pageScanner struct {
	p        *Page
	lines    []string
	last     int // index of the last non-blank line
	start    int // first line after the intro and skills lines
	table    *Table
	pending  string // section announced by a heading or lead-in
	seen     string // last section whose table or heading was seen
	descSide int    // side whose description the next bare text is (collapsed)
	descNext int    // next side to get a bare paragraph as description (pipe)
	listSide int
	listKind ListKind
}

// readNames finds the two careers and the intro facts.
func (s *pageScanner) readNames() {
	p := s.p
	s.last = -1
	for i, l := range s.lines {
		if strings.TrimSpace(l) != "" {
			s.last = i
		}
	}
	for i, l := range s.lines {
		t := strings.TrimSpace(l)
		if t == "" || navLines[t] {
			continue
		}
		if m := reDifferences.FindStringSubmatch(t); m != nil {
			p.Sides[0].Plural, p.Sides[1].Plural = m[1], m[2]
			s.readIntro(t)
			s.start = i + 1
			continue
		}
		if m := reSkillsA.FindStringSubmatch(t); m != nil {
			s.setSingular(0, m[1])
			p.Sides[0].TopSkills = splitSkillList(m[2])
			if mb := reSkillsB.FindStringSubmatch(t[len(m[0]):]); mb != nil {
				s.setSingular(1, mb[1])
				p.Sides[1].TopSkills = splitSkillList(mb[2])
			}
			s.start = i + 1
			continue
		}
		if s.start == 0 && p.Title == "" && !strings.HasPrefix(t, "|") {
			if m := reTitle.FindStringSubmatch(t); m != nil && len(t) < 200 {
				p.Title = t
				s.setSingular(0, strings.ToLower(m[1]))
				s.setSingular(1, strings.ToLower(m[2]))
				s.start = i + 1
				continue
			}
		}
		if s.start > 0 && i >= s.start {
			break
		}
	}
	for i := range p.Sides {
		if p.Sides[i].Singular == "" && p.Sides[i].Plural != "" {
			p.Sides[i].Singular = singularPhrase(p.Sides[i].Plural)
		}
	}
}

func (s *pageScanner) setSingular(side int, name string) {
	if s.p.Sides[side].Singular == "" {
		s.p.Sides[side].Singular = name
	}
}

// readIntro takes the intro's sentences about time to become and pay.
func (s *pageScanner) readIntro(t string) {
	p := s.p
	if m := reBoth.FindStringSubmatch(t); m != nil {
		p.YearsToBecomeBoth = m[1]
		s.setSingular(0, m[2])
		s.setSingular(1, m[3])
	}
	if m := reWhile.FindStringSubmatch(t); m != nil {
		s.setSingular(0, m[2])
		s.setSingular(1, m[3])
		p.Sides[0].YearsToBecome, p.Sides[1].YearsToBecome = m[1], m[4]
	}
	if m := reHigher.FindStringSubmatch(t); m != nil {
		hi, lo := m[1], m[4]
		side := s.sideOf(hi)
		if side < 0 {
			side = 1 - s.sideOf(lo)
		}
		if side == 0 || side == 1 {
			p.HigherPaid = side
			p.Sides[side].IntroSalary = m[2]
			p.Sides[1-side].IntroSalary = m[3]
		}
	}
}

// sideOf returns which side a name in a sentence refers to, or -1.
func (s *pageScanner) sideOf(name string) int {
	n := Normalize(name)
	for i, sd := range s.p.Sides {
		for _, cand := range []string{sd.Singular, sd.Plural, sd.Name} {
			if cand != "" && Normalize(cand) == n {
				return i
			}
		}
	}
	for i, sd := range s.p.Sides {
		if sd.Singular == "" && sd.Plural != "" && strings.HasPrefix(strings.ToLower(sd.Plural), strings.ToLower(name)) {
			return i
		}
	}
	return -1
}

// findPipeHeader takes the careers' names from the first pipe header when
// the text names none.
func (s *pageScanner) findPipeHeader() bool {
	for _, l := range s.lines {
		cells, complete := pipeCells(strings.TrimSpace(l))
		if complete && len(cells) == 3 && cells[2] == "" && !isLabel(cells[0]) && cells[0] != "" && cells[1] != "" {
			s.p.Sides[0].Singular, s.p.Sides[1].Singular = strings.ToLower(cells[0]), strings.ToLower(cells[1])
			return true
		}
	}
	return false
}

func isLabel(s string) bool { _, ok := labelFields[s]; return ok }

// pipeCells splits "| a | b | c |" into its cells; complete is false when
// the line does not end with a bar (it was cut).
func pipeCells(t string) (cells []string, complete bool) {
	if !strings.HasPrefix(t, "|") {
		return nil, false
	}
	complete = strings.HasSuffix(t, "|") && len(t) > 1
	body := strings.TrimPrefix(t, "|")
	if complete {
		body = strings.TrimSuffix(body, "|")
	}
	for _, c := range strings.Split(body, "|") {
		cells = append(cells, strings.TrimSpace(c))
	}
	return cells, complete
}

func (s *pageScanner) scan() {
	for i := s.start; i < len(s.lines); i++ {
		raw := s.lines[i]
		t := strings.TrimSpace(raw)
		if t == "" {
			s.table = nil
			continue
		}
		s.line(t, i == s.last)
	}
}

func (s *pageScanner) line(t string, last bool) {
	p := s.p
	// Bullets of responsibilities and skills lists.
	if strings.HasPrefix(t, "•") {
		item := strings.TrimSpace(strings.TrimPrefix(t, "•"))
		if item == "" || item == "Show more" || s.listSide < 0 {
			return
		}
		sd := &p.Sides[s.listSide]
		if last && !strings.HasSuffix(item, ".") && s.listKind == ListResponsibilities {
			s.cut(SectionResponsibilities, "row", t, "")
			return
		}
		switch s.listKind {
		case ListResponsibilities:
			sd.Responsibilities = append(sd.Responsibilities, item)
		case ListSkills:
			if m := reSkillItem.FindStringSubmatch(item); m != nil {
				sd.Skills = append(sd.Skills, Item{Name: m[1], Share: m[2]})
			} else if !last {
				sd.Skills = append(sd.Skills, Item{Name: item})
			}
		}
		return
	}
	if strings.HasPrefix(t, "|") {
		s.pipeLine(t, last)
		return
	}
	if s.table != nil && p.Layout == LayoutCollapsed {
		if label, ok := rowLabel(t); ok {
			s.collapsedRow(label, t[len(label):], last)
			return
		}
	}
	s.table = nil
	if s.collapsedHeader(t, last) {
		return
	}
	if s.heading(t, last) {
		return
	}
	if s.leadIn(t, last) {
		return
	}
	if len(t) < 300 {
		if m := reRespHeader.FindStringSubmatch(t); m != nil {
			s.startList(m[1], ListResponsibilities)
			return
		}
		if m := reSkillHeader.FindStringSubmatch(t); m != nil {
			s.startList(m[1], ListSkills)
			return
		}
	}
	if reFooter.MatchString(t) || navLines[t] || t == "Show more" {
		return
	}
	s.text(t, last)
}

func (s *pageScanner) startList(name string, kind ListKind) {
	s.listSide, s.listKind = s.sideOf(name), kind
	s.descSide = -1
	if kind == ListResponsibilities {
		s.seen = SectionResponsibilities
	} else {
		s.seen = SectionSkills
	}
}

// text is a bare paragraph: a description, or a cut lead-in.
func (s *pageScanner) text(t string, last bool) {
	p := s.p
	side := s.descSide
	if p.Layout == LayoutPipe && side < 0 && s.descNext < 2 && (s.seen == "" || s.seen == SectionOverview) {
		side = s.descNext
		s.descNext++
		s.seen = SectionOverview // descriptions follow the overview, shown or not
	}
	if side < 0 {
		if last {
			sec := s.pending
			if sec == "" {
				sec = s.nextSection()
			}
			s.cut(sec, "lead_in", t, "")
		}
		return
	}
	sd := &p.Sides[side]
	if last {
		s.cut([]string{"description_a", "description_b"}[side], "description", t, "")
		return
	}
	if sd.Description != "" {
		sd.Description += " "
	}
	sd.Description += t
}

// heading handles the collapsed layout's section headings.
func (s *pageScanner) heading(t string, last bool) bool {
	if len(t) > 300 {
		return false // headings are short; skip the regexps on paragraphs
	}
	if m := reWhatDoes.FindStringSubmatch(t); m != nil {
		s.descSide = s.sideOf(m[1])
		if s.descSide < 0 && s.descNext < 2 {
			s.descSide = s.descNext // a name the page spells otherwise: next in order
		}
		if s.descSide >= 0 {
			s.descNext = s.descSide + 1
		}
		s.listSide = -1
		return true
	}
	section := ""
	if m := reHeadingVs.FindStringSubmatch(t); m != nil {
		section = strings.ToLower(m[3])
	} else if m := reHeadingDiff.FindStringSubmatch(t); m != nil {
		section = SectionEducation
		if strings.HasPrefix(strings.ToLower(m[3]), "duties") {
			section = SectionResponsibilities
		}
	}
	if section == "" {
		// A cut heading: a prefix of the title that every heading starts with.
		if last && s.p.Layout == LayoutCollapsed && s.p.Title != "" && len(t) >= 3 &&
			(strings.HasPrefix(strings.ToLower(s.p.Title), strings.ToLower(t)) || strings.HasPrefix(strings.ToLower(t), strings.ToLower(s.p.Title))) {
			s.cut(s.nextSection(), "heading", t, "")
			return true
		}
		return false
	}
	s.descSide, s.listSide = -1, -1
	s.pending, s.seen = section, section
	if last {
		s.cut(section, "heading", t, "")
	}
	return true
}

// leadIn handles the sentence before a table.
func (s *pageScanner) leadIn(t string, last bool) bool {
	section := ""
	switch {
	case strings.Contains(t, "have different pay scales"):
		section = SectionSalary
	case strings.Contains(t, "in terms of educational background"):
		section = SectionEducation
	case strings.HasPrefix(t, "Here are the differences between") && strings.HasSuffix(t, "demographics:"):
		section = SectionDemographics
	}
	if section == "" {
		return false
	}
	s.descSide = -1
	s.descNext = 2
	s.pending, s.seen = section, section
	if last {
		s.cut(section, "lead_in", t, "")
	}
	return true
}

// collapsedHeader recognises "Lead TechnicianSenior Support Technician": the
// two names run together, split at the length of the first.
func (s *pageScanner) collapsedHeader(t string, last bool) bool {
	p := s.p
	if p.Layout != LayoutCollapsed {
		return false
	}
	a, b := p.Sides[0].Singular, p.Sides[1].Singular
	joined := strings.ToLower(a + b)
	lt := strings.ToLower(t)
	if lt != joined {
		if last && len(lt) >= 3 && strings.HasPrefix(joined, lt) {
			s.cut(s.tableSection(), "header_row", t, "")
			return true
		}
		return false
	}
	s.setDisplay(t[:len(a)], t[len(a):])
	if last {
		s.cut(s.tableSection(), "header_row", t, "")
		return true
	}
	s.openTable()
	return true
}

func (s *pageScanner) setDisplay(a, b string) {
	if s.p.Sides[0].Name == "" {
		s.p.Sides[0].Name, s.p.Sides[1].Name = strings.TrimSpace(a), strings.TrimSpace(b)
	}
}

func (s *pageScanner) pipeLine(t string, last bool) {
	cells, complete := pipeCells(t)
	if len(cells) == 0 {
		return
	}
	if !isLabel(cells[0]) {
		// A header row: "| A | B | |".
		if !complete || len(cells) < 3 {
			if last {
				s.cut(s.tableSection(), "header_row", t, "")
			}
			return
		}
		s.setDisplay(cells[0], cells[1])
		if last {
			s.cut(s.tableSection(), "header_row", t, "")
			return
		}
		s.openTable()
		return
	}
	if s.table == nil {
		s.openTable()
	}
	if !complete || len(cells) != 3 {
		if last {
			s.cut(s.table.Section, "row", t, cells[0])
		}
		return
	}
	s.table.Rows = append(s.table.Rows, Row{Label: cells[0], Cells: [2]string{cells[1], cells[2]}})
}

func (s *pageScanner) collapsedRow(label, rest string, last bool) {
	if last {
		// The page may have been cut anywhere in its last row: keep none of it.
		s.cut(s.table.Section, "row", label+rest, label)
		return
	}
	cands := splitCollapsed(label, rest)
	row := Row{Label: label}
	switch len(cands) {
	case 0:
		return // not a row of this table; nothing to trust
	case 1:
		row.Cells = cands[0]
	default:
		s.p.Ambiguous = append(s.p.Ambiguous, AmbiguousCell{Section: s.table.Section, Label: label, Raw: rest, Candidates: cands})
	}
	s.table.Rows = append(s.table.Rows, row)
}

// tableSection is the section the next table belongs to.
func (s *pageScanner) tableSection() string {
	if s.pending != "" {
		return s.pending
	}
	if s.seen == "" {
		return SectionOverview
	}
	return s.nextSection()
}

func (s *pageScanner) openTable() {
	sec := s.tableSection()
	s.pending = ""
	s.seen = sec
	s.descSide = -1
	s.p.Tables = append(s.p.Tables, Table{Section: sec})
	s.table = &s.p.Tables[len(s.p.Tables)-1]
}

// nextSection is the section after the last one seen.
func (s *pageScanner) nextSection() string {
	if s.seen == "" {
		return SectionOverview
	}
	for i, sec := range sectionOrder {
		if sec == s.seen && i+1 < len(sectionOrder) {
			return sectionOrder[i+1]
		}
	}
	return s.seen
}

func (s *pageScanner) cut(section, element, line, row string) {
	s.p.Truncation = &Truncation{Section: section, Element: element, LastLine: line, Row: row}
}

// splitSkillList reads "a, b and c" or "a, b, and c".
func splitSkillList(s string) []string {
	var out []string
	parts := strings.Split(s, ", ")
	if n := len(parts); n > 0 && !strings.HasPrefix(parts[n-1], "and ") {
		if i := strings.LastIndex(parts[n-1], " and "); i >= 0 {
			tail := parts[n-1]
			parts = append(parts[:n-1], tail[:i], tail[i+5:])
		}
	}
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		if strings.Trim(p, ".,; ") == "" || p == "and" {
			continue
		}
		out = append(out, p)
	}
	return out
}

// singularPhrase turns the plural a page uses into the singular.
func singularPhrase(plural string) string {
	words := strings.Fields(plural)
	if len(words) == 0 {
		return plural
	}
	words[len(words)-1] = singular(words[len(words)-1])
	return strings.Join(words, " ")
}

// titleCase capitalises every word, also after "/" and "-".
func titleCase(s string) string {
	rs := []rune(s)
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '/' || r == '-' || r == '('
	}
	return string(rs)
}

// resolveWithinPage settles ambiguous cells with figures the same page
// gives elsewhere: a repeated row in another table, the intro's salaries,
// and hourly × 2080 ≈ yearly.
func (p *Page) resolveWithinPage() {
	for i := range p.Ambiguous {
		a := &p.Ambiguous[i]
		field := labelFields[a.Label]
		var fits [][2]string
		for _, c := range a.Candidates {
			if p.consistent(field, c) {
				fits = append(fits, c)
			}
		}
		if len(fits) == 1 && len(fits) < len(a.Candidates) {
			p.settle(a, fits[0], "same page")
		}
	}
}

// consistent reports whether cells for field agree with the page's other figures.
func (p *Page) consistent(field Field, cells [2]string) bool {
	for side := range 2 {
		for _, t := range p.Tables {
			for _, r := range t.Rows {
				if labelFields[r.Label] == field && r.Cells[side] != "" && r.Cells[side] != cells[side] {
					return false
				}
			}
		}
		if field == FieldYearlySalary && p.Sides[side].IntroSalary != "" && cells[side] != p.Sides[side].IntroSalary {
			return false
		}
		if field == FieldHourlyRate || field == FieldYearlySalary {
			hourly, yearly := p.cell(FieldHourlyRate, side), p.cell(FieldYearlySalary, side)
			if field == FieldHourlyRate {
				hourly = cells[side]
			} else {
				yearly = cells[side]
			}
			h, ok1 := parseNumber(hourly)
			y, ok2 := parseNumber(yearly)
			if ok1 && ok2 && (h*2080-y > 60 || y-h*2080 > 60) {
				return false
			}
		}
	}
	return true
}

// cell returns the first known value of field on one side.
func (p *Page) cell(field Field, side int) string {
	for _, t := range p.Tables {
		for _, r := range t.Rows {
			if labelFields[r.Label] == field && r.Cells[side] != "" {
				return r.Cells[side]
			}
		}
	}
	return ""
}

// settle records the resolution of an ambiguous cell and fills its row.
func (p *Page) settle(a *AmbiguousCell, cells [2]string, by string) {
	a.Resolved, a.ResolvedBy = &cells, by
	for ti := range p.Tables {
		if p.Tables[ti].Section != a.Section {
			continue
		}
		for ri := range p.Tables[ti].Rows {
			if r := &p.Tables[ti].Rows[ri]; r.Label == a.Label && r.Cells == [2]string{} {
				r.Cells = cells
			}
		}
	}
}

// Facts returns the figures the page gives for one side, first value of
// each field (tables repeat figures), with the intro's salary where no table
// gives one. Cells of "-" are not figures.
func (p *Page) Facts(side int) []Fact {
	var out []Fact
	have := map[Field]bool{}
	add := func(f Field, v string) {
		if v == "" || v == "-" || have[f] {
			return
		}
		have[f] = true
		out = append(out, Fact{Field: f, Value: v})
	}
	for _, t := range p.Tables {
		for _, r := range t.Rows {
			add(labelFields[r.Label], r.Cells[side])
		}
	}
	sd := p.Sides[side]
	add(FieldYearlySalary, sd.IntroSalary)
	if sd.YearsToBecome != "" {
		add(FieldYearsToBecome, sd.YearsToBecome)
	} else {
		add(FieldYearsToBecome, p.YearsToBecomeBoth)
	}
	add(FieldDescription, sd.Description)
	return out
}

// Conflicts lists figures the page itself gives twice with different
// values (the overview's yearly salary against the salary table's average):
// the first one is the one kept.
func (p *Page) Conflicts() []Conflict {
	var out []Conflict
	for side := range 2 {
		first := map[Field]string{}
		for _, t := range p.Tables {
			for _, r := range t.Rows {
				f, v := labelFields[r.Label], r.Cells[side]
				if v == "" || v == "-" {
					continue
				}
				if old, ok := first[f]; ok && old != v {
					out = append(out, Conflict{Career: p.Sides[side].Name, What: string(f), Stored: old, Incoming: v, Source: p.Name})
					continue
				}
				first[f] = v
			}
		}
	}
	return out
}
