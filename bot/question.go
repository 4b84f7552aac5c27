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
	partial []string // segments that matched a career only in part (may be skills)

	alternates []*knowledge.Career // careers of the other kind of source with the same name
	education  string              // typical entry education asked for ("High school diploma or equivalent")
}

// removeWords deletes a phrase (and the words after it up to a separator
// that belong to it, such as "diploma" or "degree") from s, ignoring case.
func removeWords(s, phrase string) string {
	lower := strings.ToLower(s)
	i := strings.Index(lower, phrase)
	if i < 0 {
		return s
	}
	end := i + len(phrase)
	rest := strings.Fields(s[end:])
	for len(rest) > 0 {
		w := strings.ToLower(strings.Trim(rest[0], ",.?!'"))
		if w != "diploma" && w != "degree" && w != "degrees" && w != "or" && w != "equivalent" && w != "s" && w != "'s" {
			break
		}
		end = strings.Index(lower[end:], w) + end + len(w)
		rest = rest[1:]
	}
	return s[:i] + " " + s[end:]
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
	start starting begin get getting made working works up good great nice cool ok okay yo sup lol doing
	today now thanks thank hello hi hey`)

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
	word   string
	fields []knowledge.Field
}{
	{"hourly", fs(knowledge.FieldHourlyRate, knowledge.FieldMedianHourly, knowledge.FieldHourlyRange80)},
	{"an hour", fs(knowledge.FieldHourlyRate, knowledge.FieldMedianHourly)},
	{"per hour", fs(knowledge.FieldHourlyRate, knowledge.FieldMedianHourly)},
	{"range", fs(knowledge.FieldSalaryRange, knowledge.FieldWageRange80, knowledge.FieldWageRange50)},
	{"percentile", fs(knowledge.FieldWageRange80, knowledge.FieldWageRange50)},
	{"percentiles", fs(knowledge.FieldWageRange80, knowledge.FieldWageRange50)},
	{"median", fs(knowledge.FieldMedianAnnual, knowledge.FieldMedianHourly)},
	{"city", fs(knowledge.FieldCity)}, {"cities", fs(knowledge.FieldCity)},
	{"state", fs(knowledge.FieldState)}, {"states", fs(knowledge.FieldState)},
	{"company", fs(knowledge.FieldCompany)}, {"companies", fs(knowledge.FieldCompany)},
	{"employer", fs(knowledge.FieldCompany)}, {"employers", fs(knowledge.FieldCompany)},
	{"industry", fs(knowledge.FieldIndustry)}, {"industries", fs(knowledge.FieldIndustry)},
	{"growth", fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth)},
	{"growing", fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth)},
	{"number of jobs", fs(knowledge.FieldJobs, knowledge.FieldEmployment)},
	{"employed", fs(knowledge.FieldEmployment, knowledge.FieldJobs)},
	{"employment", fs(knowledge.FieldEmployment, knowledge.FieldJobs, knowledge.FieldEmployment2034)},
	{"openings", fs(knowledge.FieldAnnualOpenings, knowledge.FieldJobs)},
	{"satisfaction", fs(knowledge.FieldSatisfaction)}, {"satisfied", fs(knowledge.FieldSatisfaction)}, {"happy", fs(knowledge.FieldSatisfaction)},
	{"degree", fs(knowledge.FieldDegree, knowledge.FieldTypicalEducation)}, {"degrees", fs(knowledge.FieldDegree, knowledge.FieldTypicalEducation)},
	{"major", fs(knowledge.FieldMajor)}, {"majors", fs(knowledge.FieldMajor)}, {"study", fs(knowledge.FieldMajor, knowledge.FieldDegree, knowledge.FieldTypicalEducation)},
	{"college", fs(knowledge.FieldCollege)}, {"colleges", fs(knowledge.FieldCollege)}, {"university", fs(knowledge.FieldCollege)},
	{"training", fs(knowledge.FieldJobTraining)},
	{"job zone", fs(knowledge.FieldJobZone)},
	{"age", fs(knowledge.FieldAge)}, {"old", fs(knowledge.FieldAge)}, {"young", fs(knowledge.FieldAge)},
	{"experience", fs(knowledge.FieldExperience, knowledge.FieldWorkExperience)},
	{"how long", fs(knowledge.FieldYearsToBecome, knowledge.FieldExperience, knowledge.FieldWorkExperience, knowledge.FieldJobTraining)},
	{"take to become", fs(knowledge.FieldYearsToBecome)}, {"years to become", fs(knowledge.FieldYearsToBecome)},
	{"gender", fs(knowledge.FieldGenderRatio)}, {"women", fs(knowledge.FieldGenderRatio)}, {"men", fs(knowledge.FieldGenderRatio)},
	{"female", fs(knowledge.FieldGenderRatio)}, {"male", fs(knowledge.FieldGenderRatio)},
	{"race", fs(knowledge.FieldRaceRatio)}, {"racial", fs(knowledge.FieldRaceRatio)}, {"ethnicity", fs(knowledge.FieldRaceRatio)}, {"diversity", fs(knowledge.FieldRaceRatio)},
	{"lgbt", fs(knowledge.FieldLGBT)}, {"lgbtq", fs(knowledge.FieldLGBT)},
	// Last: "how many women…" asks about gender, not the number of jobs.
	{"how many", fs(knowledge.FieldJobs, knowledge.FieldEmployment)},
}

func fs(f ...knowledge.Field) []knowledge.Field { return f }

// educationLevels maps the words people use to the typical entry education
// the official projections publish.
var educationLevels = []struct{ words, level string }{
	{"high school", "High school diploma or equivalent"},
	{"no degree", "No formal educational credential"},
	{"no formal", "No formal educational credential"},
	{"without a degree", "No formal educational credential"},
	{"some college", "Some college, no degree"},
	{"associate", "Associate's degree"},
	{"associates", "Associate's degree"},
	{"bachelor", "Bachelor's degree"},
	{"bachelors", "Bachelor's degree"},
	{"master", "Master's degree"},
	{"masters", "Master's degree"},
	{"doctoral", "Doctoral or professional degree"},
	{"doctorate", "Doctoral or professional degree"},
	{"phd", "Doctoral or professional degree"},
	{"professional degree", "Doctoral or professional degree"},
	{"postsecondary", "Postsecondary nondegree award"},
	{"certificate", "Postsecondary nondegree award"},
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
		if strings.Contains(q.text, " "+fw.word+" ") {
			for _, f := range fw.fields {
				if !containsField(q.fields, f) {
					q.fields = append(q.fields, f)
				}
			}
		}
	}
	q.resolve(kb, cleaned)
	if len(q.careers) == 0 {
		// "jobs that need a high school diploma": a level of education,
		// not a career (tried only when no career is named, so "master
		// electrician" stays a career).
		for _, el := range educationLevels {
			if strings.Contains(q.text, " "+el.words) {
				q.education = el.level
				q.careers, q.unknown, q.partial, q.alternates = nil, nil, nil, nil
				q.resolve(kb, removeWords(cleaned, el.words))
				break
			}
		}
	}
	return q
}

// resolve finds the careers the segments of text name.
func (q *question) resolve(kb *knowledge.Base, text string) {
	seen := map[*knowledge.Career]bool{}
	for _, seg := range segments(text) {
		m, alt, unknown := resolveSegment(kb, seg)
		switch {
		case m.Career != nil && !seen[m.Career]:
			seen[m.Career] = true
			q.careers = append(q.careers, m.Career)
			if m.Score < 0.95 {
				q.partial = append(q.partial, strings.Join(contentWords(seg, true), " "))
			}
			if len(q.careers) == 1 {
				q.alternates = alt
			}
		case m.Career == nil && unknown != "":
			q.unknown = append(q.unknown, unknown)
		}
	}
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
		if stopwords[lw] || strict && (intentWords[lw] || isNumber(lw)) || strings.Trim(lw, "'-/&.") == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// isNumber reports whether w is all digits ("top 10 careers"); numbers
// take part in names only when the whole name matches.
func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// resolveSegment finds the career a segment names, and a career from the
// other kind of source (pages or official statistics) that the name fits
// as well. When none matches well it returns the segment's content words as
// an unknown name ("" when they are all question words).
func resolveSegment(kb *knowledge.Base, seg []string) (knowledge.Match, []*knowledge.Career, string) {
	strict := contentWords(seg, true)
	// A whole name holding question words or numbers ("school teacher",
	// "analyst 42") first; then the name without them.
	if loose := contentWords(seg, false); len(loose) > len(strict) {
		if ms := kb.Lookup(strings.Join(loose, " "), 4); len(ms) > 0 && ms[0].Score >= 0.95 {
			return ms[0], alternateOf(ms), ""
		}
	}
	if len(strict) > 0 {
		ms := kb.Lookup(strings.Join(strict, " "), 4)
		// Every word must be part of the name: "senior support engineer"
		// is not a senior support technician.
		if len(ms) > 0 && ms[0].Score >= confident && ms[0].Missing == 0 {
			return ms[0], alternateOf(ms), ""
		}
	}
	// Extra words around a whole name ("lead tech salary in california"):
	// a run of the segment's words that is exactly a career's name.
	if n := len(strict); n > 1 && n <= 8 {
		for size := n - 1; size >= 1; size-- {
			for i := 0; i+size <= n; i++ {
				if ms := kb.Lookup(strings.Join(strict[i:i+size], " "), 4); len(ms) > 0 && ms[0].Score >= 0.95 {
					return ms[0], alternateOf(ms), ""
				}
			}
		}
	}
	if len(strict) == 0 {
		return knowledge.Match{}, nil, ""
	}
	return knowledge.Match{}, nil, strings.Join(strict, " ")
}

// alternateOf returns the matches (two at most) from the other kind of
// source than the first match that fit the name about as well.
func alternateOf(ms []knowledge.Match) []*knowledge.Career {
	var out []*knowledge.Career
	for _, m := range ms[1:] {
		if m.Career.Official() != ms[0].Career.Official() && m.Score >= 0.9 && m.Missing == 0 && len(out) < 2 {
			out = append(out, m.Career)
		}
	}
	return out
}
