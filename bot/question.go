package bot

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// MaxQuestionLen bounds a question; longer ones get a short reply.
const MaxQuestionLen = 4000

// question is a chat message read for what it asks and about which careers.
type question struct {
	text    string         // cleaned, lower case, padded with spaces for phrase matching
	signals map[string]int // intent name → words matched
	fields  []knowledge.Field
	careers []*knowledge.Career
	unknown []string // segments that look like a career name but match none
	words   []string // content words of the question (for skill search)
}

// markup that chat platforms turn into pings or links: <!channel>, <@U123>,
// <https://…|text>, @everyone, @here, @someone.
var (
	reMarkup  = regexp.MustCompile(`<[^>]*>?`)
	reMention = regexp.MustCompile(`@\S+`)
)

// clean removes markup, mentions, control characters and symbols, leaving
// the words of the question.
func clean(s string) string {
	s = reMarkup.ReplaceAllString(s, " ")
	s = reMention.ReplaceAllString(s, " ")
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
			b.WriteRune(r)
		case strings.ContainsRune(" ,;/'’-—–&?.!:()", r):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// generic words that never name a career.
var stopwords = setOf(`a an the is are was were be been being am do does did doing i me my we our you your
	he she they them their it its this that these those there here what whats what's which who whom whose
	how when why can could would should will shall may might must of for in on at by from into about as
	please tell show give get gets got want like thanks thank some any one ones per year years yearly annual
	annually average typical typically usually more less than most much many vs versus or and to
	career careers job jobs occupation occupations profession professions role roles position positions work
	working worker's people person someone become becoming becomes as if so not no yes also just really
	kind sort type between difference differences take takes taking long go goes going have has had
	start starting begin get getting made working works`)

// itCompanions are words that, after a lower-case "it", show it means IT
// ("it support tech") rather than the pronoun ("does it take").
var itCompanions = setOf(`support technician technicians tech techs specialist specialists manager managers director
	help helpdesk desk analyst analysts administrator admin consultant project security technology professional
	auditor engineer engineers operations service services architect recruiter coordinator assistant intern sales
	/support /support-technician trainer instructor`)

// words that separate the careers of a comparison.
var separators = setOf(`vs vs. v v. versus or and than against to & , ; — – - /vs compared compare`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// intentWords holds every single word of the intent table.
var intentWords = func() map[string]bool {
	m := map[string]bool{}
	for _, in := range intents {
		for _, w := range in.Words {
			if !strings.Contains(w, " ") {
				m[w] = true
			}
		}
	}
	return m
}()

// fieldWords maps a word or phrase to the one figure it asks about, so
// "hourly rate of …" shows the hourly rate, not every pay figure.
var fieldWords = []struct {
	word  string
	field knowledge.Field
}{
	{"hourly", knowledge.FieldHourlyRate}, {"an hour", knowledge.FieldHourlyRate}, {"per hour", knowledge.FieldHourlyRate},
	{"range", knowledge.FieldSalaryRange},
	{"city", knowledge.FieldCity}, {"cities", knowledge.FieldCity},
	{"state", knowledge.FieldState}, {"states", knowledge.FieldState},
	{"company", knowledge.FieldCompany}, {"companies", knowledge.FieldCompany}, {"employer", knowledge.FieldCompany}, {"employers", knowledge.FieldCompany},
	{"industry", knowledge.FieldIndustry}, {"industries", knowledge.FieldIndustry},
	{"growth", knowledge.FieldGrowthRate}, {"growing", knowledge.FieldGrowthRate},
	{"number of jobs", knowledge.FieldJobs}, {"openings", knowledge.FieldJobs},
	{"satisfaction", knowledge.FieldSatisfaction}, {"satisfied", knowledge.FieldSatisfaction}, {"happy", knowledge.FieldSatisfaction},
	{"degree", knowledge.FieldDegree}, {"degrees", knowledge.FieldDegree},
	{"major", knowledge.FieldMajor}, {"majors", knowledge.FieldMajor}, {"study", knowledge.FieldMajor},
	{"college", knowledge.FieldCollege}, {"colleges", knowledge.FieldCollege}, {"university", knowledge.FieldCollege}, {"school", knowledge.FieldCollege},
	{"age", knowledge.FieldAge}, {"old", knowledge.FieldAge}, {"young", knowledge.FieldAge},
	{"experience", knowledge.FieldExperience},
	{"how long", knowledge.FieldYearsToBecome}, {"take to become", knowledge.FieldYearsToBecome}, {"years to become", knowledge.FieldYearsToBecome},
	{"gender", knowledge.FieldGenderRatio}, {"women", knowledge.FieldGenderRatio}, {"men", knowledge.FieldGenderRatio}, {"female", knowledge.FieldGenderRatio}, {"male", knowledge.FieldGenderRatio},
	{"race", knowledge.FieldRaceRatio}, {"racial", knowledge.FieldRaceRatio}, {"ethnicity", knowledge.FieldRaceRatio}, {"diversity", knowledge.FieldRaceRatio},
	{"lgbt", knowledge.FieldLGBT}, {"lgbtq", knowledge.FieldLGBT},
	// Last: "how many women…" asks about gender, not the number of jobs.
	{"how many", knowledge.FieldJobs},
}

// confident is the score from which a name match is taken as meant.
const confident = 0.5

// parse reads a cleaned question against the knowledge base.
func parse(kb *knowledge.Base, cleaned string) *question {
	lower := strings.ToLower(cleaned)
	q := &question{signals: map[string]int{}}
	// Phrase matching runs on words separated by single spaces.
	q.text = " " + strings.Join(strings.FieldsFunc(lower, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}), " ") + " "
	for _, in := range intents {
		for _, w := range in.Words {
			if strings.Contains(q.text, " "+w+" ") {
				q.signals[in.Name]++
			}
		}
	}
	for _, fw := range fieldWords {
		if strings.Contains(q.text, " "+fw.word+" ") && !containsField(q.fields, fw.field) {
			q.fields = append(q.fields, fw.field)
		}
	}
	seen := map[*knowledge.Career]bool{}
	for _, seg := range segments(cleaned) {
		c, unknown := resolveSegment(kb, seg)
		switch {
		case c != nil && !seen[c]:
			seen[c] = true
			q.careers = append(q.careers, c)
		case c == nil && unknown != "":
			q.unknown = append(q.unknown, unknown)
		}
		q.words = append(q.words, contentWords(seg, true)...)
	}
	return q
}

func containsField(fs []knowledge.Field, f knowledge.Field) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// segments splits a question at the words that separate careers ("vs",
// "or", "and", commas…), giving runs of words that may each name one.
func segments(s string) [][]string {
	var out [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for _, tok := range strings.Fields(s) {
		// Peel punctuation; a trailing comma or semicolon separates.
		word := strings.TrimRight(tok, ",;?!.:)—–")
		trail := tok[len(word):]
		word = strings.TrimLeft(word, "(\"'—–")
		lw := strings.ToLower(word)
		if word != "" {
			if separators[lw] {
				flush()
			} else {
				cur = append(cur, word)
			}
		}
		if strings.ContainsAny(trail, ",;?!—–") {
			flush()
		}
	}
	flush()
	return out
}

// contentWords drops the words that cannot be part of a career name: generic
// ones always, the intent table's too when strict. "it" stays when it
// reads as "IT" (followed by another content word: "it support tech").
func contentWords(seg []string, strict bool) []string {
	var out []string
	for i, w := range seg {
		lw := strings.ToLower(strings.Trim(w, "'\""))
		if lw == "it" && (w == "IT" || i+1 < len(seg) && itCompanions[strings.ToLower(seg[i+1])]) {
			out = append(out, w)
			continue
		}
		if stopwords[lw] || strict && intentWords[lw] || strings.Trim(lw, "'-/&.") == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// resolveSegment finds the career a segment names. When none matches well
// it returns the segment's content words as an unknown name (or "" when
// they are all question words).
func resolveSegment(kb *knowledge.Base, seg []string) (*knowledge.Career, string) {
	strict := contentWords(seg, true)
	loose := contentWords(seg, false)
	var best knowledge.Match
	for _, words := range [][]string{strict, loose} {
		if len(words) == 0 {
			continue
		}
		if ms := kb.Lookup(strings.Join(words, " "), 1); len(ms) > 0 && ms[0].Score > best.Score {
			best = ms[0]
		}
	}
	// Every word must be part of the name: "senior support engineer" is
	// not a senior support technician.
	if best.Career != nil && best.Score >= confident && best.Missing == 0 {
		return best.Career, ""
	}
	// Extra words around a whole name ("lead tech salary in california"):
	// a run of the segment's words that is exactly a career's name.
	if n := len(strict); n > 1 && n <= 8 {
		for size := n - 1; size >= 1; size-- {
			for i := 0; i+size <= n; i++ {
				if ms := kb.Lookup(strings.Join(strict[i:i+size], " "), 1); len(ms) > 0 && ms[0].Score >= 0.95 {
					return ms[0].Career, ""
				}
			}
		}
	}
	if len(strict) == 0 {
		return nil, ""
	}
	return nil, strings.Join(strict, " ")
}
