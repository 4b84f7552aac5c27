package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot/careerbot/knowledge"
)

// tokKind says what a token is before anything is known of its meaning.
type tokKind uint8

const (
	tokWord   tokKind = iota // a word, normalised as career names are
	tokNumber                // digits only: "top 10", "2024"
	tokComma                 // , or ; — separates careers, may sit inside a name
	tokStop                  // ? ! . : — ends a sentence; never inside a name
)

// token is one unit of a question. An abbreviation that stands for several
// words ("RN" → registered nurse) gives one token a word, all at the same
// position.
type token struct {
	kind tokKind
	val  string // normalised: lower case, singular, abbreviation expanded
	raw  string // as typed
	pos  int    // byte offset of raw in the text lexed
	// slash: the word follows a "/" ("nurse/doctor"), which may part two
	// careers as "or" does, or join the halves of one name ("A/C").
	slash bool
	// respelt: val is the name word nearest a misspelling ("docter"), or
	// a word of English no name holds ("shaman"), which names are found
	// near only as they are near a misspelling ("seaman").
	respelt bool
	// paren: the word opens a parenthesis ("Senior Reactor Operator
	// (SRO)").
	paren bool
	// dashed: the word follows a dash with a space before it, which ends
	// a job ad's title ("Solar Design Engineer - Utility-Scale EPC
	// Contractor"), unlike the hyphen inside "Utility-Scale".
	dashed bool
}

// maxTokens bounds the tokens read from one question: names and question
// words fit easily; the rest of a pasted essay is ignored.
const maxTokens = 160

// lex splits a cleaned question into tokens, normalising each word the way
// career names are normalised (knowledge.Tokens), so a name and a question
// that spell it alike give the same words.
func lex(s string) []token {
	var out []token
	initials := strings.IndexByte(s, '&') >= 0 || strings.IndexByte(s, '/') >= 0
	i := 0
	for i < len(s) && len(out) < maxTokens {
		r, size := decodeRune(s, i)
		if initials { // most questions have no "&" or "/"
			if w, n, ok := ampersandWord(s, i); ok {
				// "Senior Financial Analyst, FP&A": a business's initials,
				// no worker's ("FP" is no family practitioner).
				for _, f := range strings.Fields(w) {
					out = append(out, token{kind: tokWord, val: f, raw: s[i : i+n], pos: i})
				}
				i += n
				continue
			}
		}
		switch {
		case isWordRune(r):
			j := i
			for j < len(s) {
				r2, n := decodeRune(s, j)
				if !isWordRune(r2) && !(r2 == '\'' && j+n < len(s) && isLetterAt(s, j+n)) {
					break
				}
				j += n
			}
			n := len(out)
			out = appendWord(out, s[i:j], i, s[j:])
			k := strings.LastIndexFunc(s[:i], func(r rune) bool { return r != ' ' })
			if k >= 0 && s[k] == '(' && n < len(out) {
				out[n].paren = true
			}
			if r, _ := decodeRune(s, max(k, 0)); k > 0 && (r == '-' && s[k-1] == ' ' || r == '—' || r == '–') && n < len(out) {
				out[n].dashed = true
			}
			if k >= 0 && s[k] == '/' {
				for t := n; t < len(out); t++ {
					out[t].slash = true
				}
				if n > 0 && len(out) == n+1 && strings.EqualFold(out[n].raw, "tech") && techBeside[out[n-1].val] {
					out[n].val = "technology" // "what tools/tech do designers use"
				}
			}
			i = j
			continue
		case r == '#' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			// "#2": the second of a list.
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			out = append(out, token{kind: tokNumber, val: s[i+1 : j], raw: s[i:j], pos: i})
			i = j
			continue
		case r == '%':
			out = append(out, token{kind: tokWord, val: "percent", raw: "%", pos: i})
		case r == ',' || r == ';':
			out = append(out, token{kind: tokComma, val: ",", raw: s[i : i+size], pos: i})
		case r == '&' && (i == 0 || s[i-1] == ' ' || i+1 < len(s) && s[i+1] == ' '):
			// A free-standing "&" is "and"; inside a word ("A&P") it joins
			// letters, as in names.
			out = append(out, token{kind: tokWord, val: "and", raw: "&", pos: i})
		case r == '?' || r == '!' || r == ':' || r == '.' && !abbrevDot(out, s, i):
			out = append(out, token{kind: tokStop, val: string(r), raw: s[i : i+size], pos: i})
		}
		i += size
	}
	return out
}

// abbrevDot reports whether the dot at i ends an abbreviation ("vs.",
// "sr.", "U.S.") rather than a sentence.
func abbrevDot(toks []token, s string, i int) bool {
	if len(toks) == 0 || i+1 < len(s) && s[i+1] != ' ' {
		return true
	}
	last := toks[len(toks)-1]
	// Within the text, any abbreviation names are written with ("Asst.
	// Store Manager"); at its end only a short one ("lead tech." ends a
	// sentence).
	return last.pos+len(last.raw) == i && (len(last.raw) <= 3 || i+1 < len(s) && knowledge.IsAbbreviation(last.raw))
}

// ampersandWords are initials joined by "&" that name a line of
// business, not a worker, with the words they stand for in a name ("" for
// none): "FP&A manager" is a financial manager, "H&S manager" a health and
// safety one. Initials that are in names ("R&D", "A&P", "L&D", "P&C") or
// an employer's ("AT&T") are not here.
var ampersandWords = map[string]string{
	"fp&a": "financial", "m&a": "", "p&l": "", "q&a": "", "s&p": "", "t&e": "", "d&i": "", "g&a": "", "e&p": "",
	"h&s": "health and safety", "ehs&s": "health and safety",
}

// slashInitials are initials joined by "/" that stand for words of names:
// an "A/C Specialist" works on air conditioning, an "A/P Clerk" on
// accounts payable.
var slashInitials = map[string]string{
	"a/c": "air conditioning", "a/v": "audio visual", "a/p": "accounts payable", "a/r": "accounts receivable",
}

// ampersandWord reads initials joined by "&" or "/" at s[i:] that
// ampersandWords or slashInitials hold: their words and the bytes they
// take.
func ampersandWord(s string, i int) (string, int, bool) {
	if i > 0 && isLetterAt(s, i-1) || !strings.ContainsAny(s[i:min(len(s), i+8)], "&/") {
		return "", 0, false
	}
	j := i
	for j < len(s) && (s[j] == '&' || s[j] == '/' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j < len(s) && isLetterAt(s, j) {
		return "", 0, false // a letter of another script: not initials
	}
	key := strings.ToLower(s[i:j])
	if w, ok := slashInitials[key]; ok {
		return w, j - i, ok
	}
	w, ok := ampersandWords[key]
	return w, j - i, ok
}

// techBeside are words that "/tech" after them makes technology, not a
// technician: "tools/tech", "software/tech".
var techBeside = setOf(`tool tools software equipment gear app apps program programs technology`)

func appendWord(out []token, raw string, pos int, rest string) []token {
	if isDigits(raw) {
		return append(out, token{kind: tokNumber, val: raw, raw: raw, pos: pos})
	}
	if n := len(raw); n > 1 && (raw[n-1] == 'k' || raw[n-1] == 'K') && isDigits(raw[:n-1]) {
		// "70k": an amount of pay, no word of a name.
		return append(out, token{kind: tokNumber, val: raw[:n-1] + "000", raw: raw, pos: pos})
	}
	lw := strings.ToLower(raw)
	if n := len(lw); n > 2 && lw[n-2:] == "yo" && isDigits(lw[:n-2]) {
		// "a 35yo accountant": an age, as "35 year old".
		return append(out, token{kind: tokNumber, val: lw[:n-2], raw: raw, pos: pos},
			token{kind: tokWord, val: "year", raw: raw, pos: pos}, token{kind: tokWord, val: "old", raw: raw, pos: pos})
	}
	// "it" is the pronoun unless written "IT" or followed by a word that
	// shows it means information technology ("it support tech").
	if lw == "it" && raw != "IT" && !itCompanions[strings.ToLower(nextWord(rest))] {
		return append(out, token{kind: tokWord, val: "it", raw: raw, pos: pos})
	}
	if (lw == "hr" || lw == "hrs" || lw == "yr" || lw == "yrs") && len(out) > 0 && out[len(out)-1].kind == tokNumber {
		// "25/hr", "60k/yr": a unit, not human resources.
		unit := "hourly"
		if lw[0] == 'y' {
			unit = "yearly"
		}
		return append(out, token{kind: tokWord, val: unit, raw: raw, pos: pos})
	}
	if lw == "mech" && mechanicBefore(strings.ToLower(nextWord(rest))) {
		// "diesel mech pay", "auto mech": a mechanic, where a mechanical
		// engineer's "mech" qualifies the noun after it.
		return append(out, token{kind: tokWord, val: "mechanic", raw: raw, pos: pos})
	}
	if lw == "tech" && strings.EqualFold(nextWord(rest), "support") {
		// "tech support" is technical support, not a support technician.
		return append(out, token{kind: tokWord, val: "technical", raw: raw, pos: pos})
	}
	if lw == "tech" && len(out) > 0 && (out[len(out)-1].val == "what" || out[len(out)-1].val == "which") && techAsks[strings.ToLower(nextWord(rest))] {
		// "what tech do accountants use": technology, not a technician.
		return append(out, token{kind: tokWord, val: "technology", raw: raw, pos: pos})
	}
	if lw == "tech" && techSector(out, strings.ToLower(nextWord(rest))) {
		return append(out, token{kind: tokWord, val: "technology", raw: raw, pos: pos})
	}
	if lw == "med" && len(out) > 0 && medicineBranches[out[len(out)-1].val] {
		// "nuclear med tech": medicine after a branch of it. Otherwise
		// as written, as names have it ("Med Tech", "Registered Nurse
		// Med/Surg").
		return append(out, token{kind: tokWord, val: "medicine", raw: raw, pos: pos})
	}
	if w := psychWord(lw, strings.ToLower(nextWord(rest))); w != "" {
		return append(out, token{kind: tokWord, val: w, raw: raw, pos: pos})
	}
	for _, w := range knowledge.Tokens(raw) {
		out = append(out, token{kind: tokWord, val: w, raw: raw, pos: pos})
	}
	return out
}

// psychWord is what w stands for before next when it is "psych":
// psychiatric before a worker of a ward ("psych tech"), psychology before
// a subject studied ("psych major"), a psychologist otherwise ("school
// psych"). Before a nurse, and for any other w, it is "": as written
// ("psych nurse" is how people name registered nurses of a psychiatric
// ward).
func psychWord(w, next string) string {
	switch {
	case w != "psych" && w != "psyc", nurseWords[next]:
		return ""
	case psychiatricWorkers[next]:
		return "psychiatric"
	case psychologySubjects[next]:
		return "psychology"
	}
	return "psychologist"
}

// medicineBranches are the words before "med" that make it medicine.
var medicineBranches = setOf(`nuclear internal family emergency sports veterinary vet preventive occupational physical`)

var (
	nurseWords         = setOf(`nurse nurses nursing rn rns`)
	psychiatricWorkers = setOf(`tech techs technician technicians aide aides ward unit hospital np nps doctor doctors`)
	psychologySubjects = setOf(`major majors degree degrees jobs job careers career field student students professor professors teacher teachers research`)
)

// doerOfDoing returns, for a doing t after a noun ("driving" after
// "truck"), the one who does it, when the noun and that doer are a name
// whole ("truck driver").
func doerOfDoing(kb *knowledge.Base, out []token, t token) (string, bool) {
	if len(t.val) < 6 || !strings.HasSuffix(t.val, "ing") || len(out) == 0 {
		return "", false
	}
	prev := out[len(out)-1]
	if prev.kind != tokWord || isQuestionWord(prev.val) || isStopWord(prev.val) || functionWords[prev.val] {
		return "", false
	}
	base, ok := gerundBase(kb, t.val)
	if !ok {
		return "", false
	}
	for _, doer := range agentForms(base) {
		if len(kb.Exact([]string{prev.val, doer})) > 0 {
			return doer, true
		}
	}
	return "", false
}

// mechanicBefore reports whether "mech" before next (lower case, "" at
// the end) is a mechanic: nothing after it, or a word that asks.
func mechanicBefore(next string) bool {
	next = strings.Trim(next, "?!.,;:")
	return next == "" || next == "vs" || whWords[next] || isQuestionWord(knowledge.Normalize(next)) || isSeparator(next)
}

// techSector reports whether "tech", after the tokens before and before
// the word next, is the industry ("tech jobs", "careers in tech") rather
// than a technician ("vet tech", "tech salary"): next is a word for jobs
// in a field, or the phrase ends after "in tech", and no word before it
// could name a kind of technician.
func techSector(before []token, next string) bool {
	prev := ""
	if len(before) > 0 {
		prev = before[len(before)-1].val
	}
	switch {
	case prev != "" && !techLeads[prev]:
		return false
	case techFollowers[next]:
		return true
	default:
		// "from retail to tech", "retail vs tech": a field changed to.
		return (prev == "in" || prev == "into" || prev == "to" || prev == "vs" || prev == "about") && (next == "" || techEnds[next])
	}
}

// techLeads are the words after which "tech" may be the industry; any
// other word before it may make it a technician ("vet tech").
var techLeads = setOf(`in into to vs the a best top highest lowest paying paid good great entry level remote well any most big for of about
	which what some many`)

// techEnds are the words that, after "in tech", end the phrase: "careers
// in tech that pay well" (but "jobs in tech support" is IT support).
var techEnds = setOf(`that which with where for and or without paying near`)

// techAsks are the words after "what tech" that ask what technology a
// job uses ("what tech do accountants use").
var techAsks = setOf(`do does did skill skills stack`)

// techFollowers are the words after "tech" that make it the industry,
// or technology ("tech tools they rely on").
var techFollowers = setOf(`jobs job careers career industry sector companies company field roles positions workers tools tool stack software`)

// nextWord returns the first word of s, past the dot of an abbreviation
// ("Mech. Design Engineer": "design").
func nextWord(s string) string {
	if r, ok := strings.CutPrefix(s, ". "); ok {
		s = r
	}
	s = strings.TrimLeft(s, " /-")
	end := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isLetterAt(s string, i int) bool {
	r, _ := decodeRune(s, i)
	return unicode.IsLetter(r)
}

func decodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// itCompanions are words that, after a lower-case "it", show it means IT
// ("it support tech") rather than the pronoun ("does it take").
var itCompanions = setOf(`support technician technicians tech techs specialist specialists manager managers director
	help helpdesk desk analyst analysts administrator admin consultant project security technology professional
	auditor engineer engineers operations service services architect recruiter coordinator assistant intern sales
	trainer instructor risk risks audit auditors consultant consultants`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// respell brings compound words to the names' spelling: "bar tender" is
// the bartender of the names, "backend" their "back end". Only words no
// name holds are split, and only pairs no name holds are joined, so a
// question that spells a name as the names do is never changed.
func respell(kb *knowledge.Base, toks []token) []token {
	compareWith(toks)
	var out []token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokWord {
			out = append(out, t)
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == tokWord && toks[i+1].pos > t.pos {
			if w, ok := kb.Joined(t.val, toks[i+1].val); ok {
				next := toks[i+1]
				out = append(out, token{kind: tokWord, val: w, raw: t.raw + " " + next.raw, pos: t.pos})
				i++
				continue
			}
		}
		if doer, ok := doerOfDoing(kb, out, t); ok && (i+1 == len(toks) || toks[i+1].kind != tokWord || isQuestionWord(toks[i+1].val) || isStopWord(toks[i+1].val)) &&
			!slices.ContainsFunc([]int{i - 1, i - 2, i - 3}, func(k int) bool { return k >= 0 && inPhraseFrom(toks, k, i) }) {
			// "truck driving", "dog grooming": the truck driver, the dog
			// groomer, when that is a name and no more of one follows
			// ("material moving machine operators"), nor is it a
			// question phrase's ("transportation and material moving").
			t.val = doer
			out = append(out, t)
			continue
		}
		if (t.val == "pt" || t.val == "ft") && len(out) > 0 && out[len(out)-1].kind == tokWord && kb.HeadNoun(out[len(out)-1].val) &&
			(i+1 == len(toks) || toks[i+1].kind != tokWord || isQuestionWord(toks[i+1].val)) {
			// "Line Cook PT", "Cashier FT": part-time, full-time after a
			// job's noun; "Travel PT", "PT salary" are physical therapists.
			first := "part"
			if t.val == "ft" {
				first = "full"
			}
			out = append(out, token{kind: tokWord, val: first, raw: t.raw, pos: t.pos}, token{kind: tokWord, val: "time", raw: t.raw, pos: t.pos})
			continue
		}
		if _, ok := gradeSchool(toks, i); ok && len(out) > 0 && out[len(out)-1].val == "teacher" && slices.ContainsFunc(out, func(t token) bool { return t.val == "school" }) {
			// "Elem School Teacher 3rd grade": the school said, the grade
			// after the name adds nothing to it.
			i++
			continue
		}
		if school, ok := gradeSchool(toks, i); ok {
			// "7th grade math teacher": a middle school teacher.
			first, second, _ := strings.Cut(school, " ")
			out = append(out, token{kind: tokWord, val: first, raw: t.raw, pos: t.pos},
				token{kind: tokWord, val: second, raw: toks[i+1].raw, pos: toks[i+1].pos})
			i++
			continue
		}
		// Chat spellings of question words: "what can u do", "r u a bot"
		// ("R and D" stays).
		if t.val == "r" && t.raw == "r" && (i+1 < len(toks) && (toks[i+1].val == "u" || toks[i+1].val == "you" || strings.HasSuffix(toks[i+1].val, "ing")) ||
			i > 0 && chatAsks[toks[i-1].val] || // "how much r truck drivers paid", "what r the best jobs"
			i > 0 && i+1 < len(toks) && toks[i-1].kind == tokWord && toks[i+1].kind == tokWord && strings.HasSuffix(toks[i-1].raw, "s") && strings.HasSuffix(toks[i+1].val, "ed")) { // "what occupations r expected to grow"
			t.val = "are"
			out = append(out, t)
			continue
		}
		if t.val == "w" && i+1 < len(toks) && toks[i+1].kind == tokWord && !t.slash && !toks[i+1].slash && (i == 0 || !toks[i-1].slash) {
			t.val = "with" // "jobs w a bachelors degree", but "U/W Welder" stays
			out = append(out, t)
			continue
		}
		if v, ok := chatSpellings[t.val]; ok {
			t.val = v
			out = append(out, t)
			continue
		}
		// A misspelt question word ("comapre") is that word, unless it
		// may be a name's word misspelt ("mayor" for a "major") other than
		// itself ("skils" is "skill" either way) or is a word of work
		// ("teeth" is no "tenth").
		if w, v, ok := typoOf(t); ok && (!kb.Spelled(w) || correctsTo(kb, w, v)) && !kb.KnownText(w) {
			t.val = v
			out = append(out, t)
			continue
		}
		// A misspelt name word that one name word is nearest ("docter")
		// is that word, so it reads as if spelt right.
		if len(t.val) >= 5 && !phraseWords[t.val] {
			if c, ok := kb.Correct(t.val); ok {
				if !english(t) || manForm(t.val) == c || droppedInside(t.val, c) {
					t.val = c
				}
				t.respelt = true
				out = append(out, t)
				continue
			}
		}
		if a, b, ok := kb.Split(t.val); ok {
			out = append(out, token{kind: tokWord, val: a, raw: t.raw, pos: t.pos}, token{kind: tokWord, val: b, raw: t.raw, pos: t.pos})
			continue
		}
		if w, ok := headOfWorkers(kb, toks, i); ok {
			// "head groundskeeper": the groundskeepers' first-line
			// supervisor, as "groundskeeper supervisor" reads.
			next := toks[i+1]
			out = append(out, token{kind: tokWord, val: w, raw: next.raw, pos: next.pos}, token{kind: tokWord, val: "supervisor", raw: next.raw, pos: next.pos})
			i++
			continue
		}
		if leadOfWorkers(kb, toks, i) {
			// "retail team lead", "kitchen lead": the workers' first-line
			// supervisor, as "retail supervisor" reads.
			if n := len(out); n > 0 && (out[n-1].val == "team" || out[n-1].val == "crew") {
				out = out[:n-1]
			}
			t.val = "supervisor"
			out = append(out, t)
			continue
		}
		if w, ok := shortPlural(kb, t); ok {
			t.val = w
		} else if w, ok := techShort(kb, t.val); ok {
			t.val = w
		} else if w, ok := manPlural(kb, t.val); ok {
			t.val = w
		} else if w, ok := fieldWorker(kb, toks, i); ok {
			t.val = w
		} else if w, ok := workerOf(kb, toks, i); ok {
			// A worker of two words ("retail": a retail salesperson)
			// stands where the one word was.
			words := strings.Fields(w)
			for _, x := range words[:len(words)-1] {
				out = append(out, token{kind: tokWord, val: x, raw: t.raw, pos: t.pos})
			}
			t.val = words[len(words)-1]
		}
		out = append(out, t)
	}
	return out
}

// english reports whether t is a word of English as typed or as
// normalised ("treasure", "ghost"): not a misspelt name word
// ("treasurer", "glost").
func english(t token) bool {
	return knowledge.EnglishWord(strings.ToLower(t.raw)) || knowledge.EnglishWord(t.val)
}

// manForm is w, a plural in "men", in "man": "firemen" is the names'
// "fireman".
func manForm(w string) string {
	if s, ok := strings.CutSuffix(w, "men"); ok {
		return s + "man"
	}
	return w
}

// droppedInside reports whether w is c with one letter inside it left
// out, as typing drops one: "manger" is a manager's title misspelt far
// more often than a manger is meant. A letter left off the end is a word's
// own ending ("treasure" is no treasurer).
func droppedInside(w, c string) bool {
	if len(c) != len(w)+1 {
		return false
	}
	for k := 1; k < len(c)-1; k++ {
		if c[:k]+c[k+1:] == w {
			return true
		}
	}
	return false
}

// gradeSchool reads toks[i:i+2] as a school grade ("7th grade", "first
// grade") and returns the school that teaches it.
func gradeSchool(toks []token, i int) (string, bool) {
	if i+1 >= len(toks) || toks[i+1].val != "grade" {
		return "", false
	}
	n, ok := gradeNumbers[toks[i].val]
	switch {
	case !ok:
		return "", false
	case n <= 5:
		return "elementary school", true
	case n <= 8:
		return "middle school", true
	}
	return "high school", true
}

// gradeNumbers are the school grades as people write them.
var gradeNumbers = func() map[string]int {
	m := map[string]int{}
	words := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
	for n := 1; n <= 12; n++ {
		m[nth(n)] = n
		m[words[n-1]] = n
	}
	return m
}()

// leadOfWorkers reports whether toks[i] is "lead" or "leader" ending a
// title that names who is led ("line lead", "call center team lead") and
// no name holds: such titles are first-line supervisors. "lead carpenter"
// (lead first), "band leader" (a name) and "jobs that lead to" are not.
func leadOfWorkers(kb *knowledge.Base, toks []token, i int) bool {
	if t := toks[i].val; t != "lead" && t != "leader" || i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.kind != tokWord || isQuestionWord(prev.val) || isStopWord(prev.val) || isSeparator(prev.val) || manyWords[prev.val] || !kb.Spelled(prev.val) {
		return false
	}
	if i+1 < len(toks) {
		next := toks[i+1]
		if next.kind == tokComma || next.kind == tokWord && (next.val == "to" || next.val == "into" || !outsideName(next) && kb.Known(next.val)) {
			return false
		}
	}
	words := make([]string, 0, 4)
	for n := 2; n <= kb.MaxNameWords() && i+1-n >= 0; n++ {
		if toks[i+1-n].kind != tokWord {
			break
		}
		words = words[:0]
		for _, t := range toks[i+1-n : i+1] {
			words = append(words, t.val)
		}
		if len(kb.Exact(words)) > 0 {
			return false
		}
	}
	return true
}

// headOfWorkers reports whether toks[i] is "head" before the one word of a
// worker's name that ends the title ("head groundskeeper", "head
// custodian"), no name of its own ("head cook" is), whose workers have a
// first-line supervisor: it returns that word.
func headOfWorkers(kb *knowledge.Base, toks []token, i int) (string, bool) {
	if toks[i].val != "head" || i+1 >= len(toks) || i > 0 && !outsideName(toks[i-1]) && toks[i-1].val != "of" {
		return "", false
	}
	next := toks[i+1]
	if next.kind != tokWord || i+2 < len(toks) && !outsideName(toks[i+2]) || !kb.HeadNoun(next.val) || len(kb.Exact([]string{"head", next.val})) > 0 {
		return "", false
	}
	// The office supervisors are where a clerk's supervisor falls when
	// nothing nearer fits: a head teller is a teller (BLS files lead
	// workers with the workers they lead).
	ms := kb.Lookup(next.val+" supervisor", 1)
	if len(ms) == 0 || !strings.HasPrefix(ms[0].Career.Name, "First-Line Supervisors") || strings.Contains(ms[0].Career.Name, "Office and Administrative") {
		return "", false
	}
	return next.val, true
}

// outsideName reports whether a token next to a word shows that the word
// ends or begins a name rather than sits inside one: a question word, a
// stop word or a separator, but not "and", "of" or a comma, which titles
// hold ("Recycling and Reclamation Workers", "Teaching Assistants, Special
// Education"). Other punctuation ends a name too.
func outsideName(t token) bool {
	if t.kind != tokWord {
		return t.kind != tokComma
	}
	return t.val != "and" && t.val != "of" && (isQuestionWord(t.val) || isStopWord(t.val) || isSeparator(t.val) || comparatives[t.val])
}

// shortPlural reads the plural of a name of two letters ("NPs", "PAs",
// "MDs"), which the names' normalisation leaves whole, as the name.
// techShort reads a word no name holds that ends in "tech" as the
// technician's or technologist's title it shortens, when a name holds
// that: "histotech" is a histotechnician.
func techShort(kb *knowledge.Base, w string) (string, bool) {
	if len(w) < 7 || !strings.HasSuffix(w, "tech") || kb.Known(w) {
		return "", false
	}
	for _, end := range []string{"nician", "nologist"} {
		if kb.Known(w + end) {
			return w + end, true
		}
	}
	return "", false
}

func shortPlural(kb *knowledge.Base, t token) (string, bool) {
	w := t.val
	if len(w) != 3 || w[2] != 's' || phraseWords[w] || employerJobs[w] != "" || knowledge.CommonTitleWord(w) {
		return "", false
	}
	// Two capitals and a small s ("RTs") are a plural, though a name may
	// hold the three letters as a word of its own (an RTS Inspector).
	if r := t.raw; kb.Known(w) && !(len(r) == 3 && r[0] >= 'A' && r[0] <= 'Z' && r[1] >= 'A' && r[1] <= 'Z' && r[2] == 's') {
		return "", false
	}
	return w[:2], kb.Known(w[:2])
}

// compareWith reads "compare nurses with doctors" as "compare nurses vs
// doctors": "with" separates the careers of a question that begins by
// asking to compare and has no other separator ("and" and commas may be a
// title's).
func compareWith(toks []token) {
	if len(toks) < 4 || toks[0].kind != tokWord || (toks[0].val != "compare" && toks[0].val != "comparing") {
		return
	}
	with := -1
	for i, t := range toks[1:] {
		switch {
		case t.kind != tokWord:
		case t.val == "with":
			if with >= 0 {
				return
			}
			with = i + 1
		case t.val == "vs" || t.val == "versus" || t.val == "or" || t.val == "to" || t.val == "than" || t.val == "against":
			return
		}
	}
	if with > 1 && with < len(toks)-1 {
		toks[with].val = "vs"
	}
}

// sectorWords name a field of work whose workers are many careers, no one
// worker: "from retail to technology" is the computer occupations, not a
// technologist.
var sectorWords = setOf(`technology`)

// manPlural reads "fishermen", "linemen", "repairmen" as the "-man" word a
// name holds: the plural the names' normalisation does not undo.
func manPlural(kb *knowledge.Base, w string) (string, bool) {
	if len(w) < 6 || !strings.HasSuffix(w, "men") || kb.Known(w) {
		return "", false
	}
	man := manForm(w)
	return man, kb.Known(man)
}

// worthAskedOf reports whether toks[i], a doing, is what "is … a good
// career" asks of ("is accounting a good career"): the line of work, not
// the group of occupations its word also names ("is construction a good
// career" stays the group's).
func worthAskedOf(toks []token, i int) bool {
	return strings.HasSuffix(toks[i].val, "ing") && i > 0 && (toks[i-1].val == "is" || toks[i-1].val == "are") && i+2 < len(toks) &&
		(toks[i+1].val == "a" || toks[i+1].val == "an") && worthWords[toks[i+2].val]
}

// fitAskedOf reports whether toks[i], a doing, is the line of work whom
// it suits is asked of ("am i a good fit for accounting", "is accounting
// good for someone who likes organizing"), not the knowledge its word
// also names.
func fitAskedOf(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].val, "ing") {
		return false
	}
	before := i > 1 && toks[i-1].val == "for" && (toks[i-2].val == "fit" || toks[i-2].val == "suited")
	after := i+2 < len(toks) && (toks[i+1].val == "good" || toks[i+1].val == "right") && toks[i+2].val == "for"
	return before || after
}

// worthWords judge a line of work: "is accounting a good career".
var worthWords = setOf("good bad great smart decent solid worthwhile")

// workerOf reads a word for a line of work standing alone ("is welding a
// good career", "photography salary") as the one who does it, when that
// is a name and the word is not: welding → welder, nursing → nurse,
// photography → photographer, dentistry → dentist. Only a word between
// question words or separators ("similar to nursing") is read so, never
// one inside a title ("Welding,
// Soldering, and Brazing …", "Gambling Service Workers", "professor of
// biology"), a word of the vocabulary ("teaching" and "accounting" name
// occupation groups) or one of the interests ("likes building things").
func workerOf(kb *knowledge.Base, toks []token, i int) (string, bool) {
	w := toks[i].val
	forms := workerForms(w)
	if f := fieldWorkers[w]; f != "" {
		forms = append([]string{f}, forms...) // "coding": a programmer before a (medical) coder
	}
	if len(w) < 6 && fieldWorkers[w] == "" || (isVocab(w) || interestWords[w]) && !comparedField(toks, i) && !worthAskedOf(toks, i) && !fitAskedOf(toks, i) || sectorWords[w] {
		return "", false
	}
	if i > 0 && likeWords[toks[i-1].val] {
		return "", false // "i like biology": the subject, not a biologist
	}
	if i > 1 && (toks[i-1].val == "in" || toks[i-1].val == "of") && teachingWords[toks[i-2].val] {
		return "", false // "professor in chemistry": the subject taught
	}
	if i+1 < len(toks) && studiedWords[toks[i+1].val] {
		if _, ok := knowledgeAreaOf(w); ok {
			return "", false // "jobs for a biology major": the subject studied
		}
	}
	if startsPhrase(toks, i) || i > 0 && inPhraseFrom(toks, i-1, i) || i > 1 && inPhraseFrom(toks, i-2, i) {
		return "", false // a question phrase's word ("switch from", "job market")
	}
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(toks) {
			continue
		}
		// A question phrase after the word ends its name too: "does
		// nursing lead to management"; so does a comma before a question
		// ("dental assisting, which pays more"), though not before more
		// of a title ("Welding, Soldering, and Brazing").
		if k > i && toks[k].kind == tokComma && k+1 < len(toks) && toks[k+1].kind == tokWord && (isQuestionWord(toks[k+1].val) || questionOpeners[toks[k+1].val]) {
			continue
		}
		// And a comma after a question before it: "what pays better,
		// nursing or teaching".
		if k < i && toks[k].kind == tokComma && k > 0 && toks[k-1].kind == tokWord && isQuestionWord(toks[k-1].val) {
			continue
		}
		if k < i && toks[k].val == "of" && k > 0 && ofAsks[toks[k-1].val] {
			continue // "future of welding": what is asked of it
		}
		if toks[k].val == "and" && comparedWithAnd(toks, i) {
			continue // "compare nursing and teaching": one side
		}
		if !outsideName(toks[k]) && (k < i || !startsPhrase(toks, k)) {
			return "", false
		}
	}
	// The name look-ups last: the checks above turn away most words.
	if len(kb.Exact([]string{w})) > 0 {
		return "", false
	}
	for _, c := range forms {
		if c != "" && len(kb.Exact(knowledge.Tokens(c))) > 0 {
			return c, true
		}
	}
	if isVocab(w) {
		// A field compared ("nursing or teaching") is its worker even
		// when that is a generic name no career has whole ("teacher").
		for _, c := range forms {
			if kb.Known(c) {
				return c, true
			}
		}
	}
	return "", false
}

// ofAsks are the words of asking an "of" may follow before a line of
// work: "the future of welding", "the outlook of nursing", "what can i do
// instead of nursing", "tired of teaching" (not pay: "salary of
// Backing-in Machine Tender" is a title).
var ofAsks = setOf(`future outlook demand prospects growth instead tired sick`)

// studiedWords after a subject say it was studied.
var studiedWords = setOf(`major majors degree degrees background`)

// likeWords say what one likes: the word after them is a subject or an
// activity, not its worker.
var likeWords = setOf(`like likes love loves enjoy enjoys`)

// comparedWithAnd reports whether an "and" next to toks[i] separates two
// sides compared, after "compare" or "between": "compare nursing and
// teaching", "torn between nursing and accounting".
func comparedWithAnd(toks []token, i int) bool {
	return slices.ContainsFunc(toks[:i], func(t token) bool { return t.val == "compare" || t.val == "comparing" || t.val == "between" })
}

// comparedField reports whether toks[i], a word of the vocabulary for a
// field of work ("teaching", "accounting"), is one side of a comparison of
// two lines of work ("is nursing or teaching better", "accounting vs
// engineering"): there it names its worker, as "nursing" does. Fields
// ranked or listed ("teaching or nursing jobs", "best paying accounting
// or finance careers") stay fields.
func comparedField(toks []token, i int) bool {
	if wordRole(toks[i].val, func(r *role) bool { return len(r.groups) > 0 }) == nil && !interestWords[toks[i].val] {
		return false // a word of the question ("growing or shrinking")
	}
	andCompared := comparedWithAnd(toks, i)
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].val == "vs" || toks[k].val == "versus" || toks[k].val == "or" || andCompared && toks[k].val == "and")
	}
	other := i + 2
	before, after := thanBefore(toks, i), thanAfter(toks, i)
	switch {
	case before >= 0:
		other = before // "is nursing better than teaching", "is hr a better career than accounting"
	case after >= 0:
		other = after // "is teaching harder than nursing", "is accounting a better career than hr"
	case i+4 < len(toks) && payVerbs[toks[i+1].val] && comparatives[toks[i+2].val] && toks[i+3].val == "than":
		other = i + 4 // "does teaching pay more than nursing"
	case sep(i - 1):
		other = i - 2
	case !sep(i + 1):
		return false
	}
	if other < 0 || other >= len(toks) {
		return false
	}
	if end := max(i, other) + 1; end < len(toks) {
		w := strings.TrimSuffix(toks[end].val, "s")
		if manyWords[w] || w == "industrie" || w == "industry" || w == "sector" || w == "area" || w == "thing" || w == "stuff" {
			return false
		}
	}
	for _, t := range toks {
		if rankingWords[t.val] {
			return false
		}
	}
	return true
}

// thanAfter returns where the other side of a comparison begins after
// toks[i] — "nursing [is] [a] better [career] than teaching" — or -1.
func thanAfter(toks []token, i int) int {
	j := i + 1
	if j < len(toks) && (toks[j].val == "a" || toks[j].val == "an") {
		j++
	}
	if j >= len(toks) || !comparatives[toks[j].val] {
		return -1
	}
	j++
	if j < len(toks) && pathNouns[toks[j].val] {
		j++
	}
	if j+1 < len(toks) && toks[j].val == "than" {
		return j + 1
	}
	return -1
}

// thanBefore returns where the other side of a comparison is before
// toks[i] — "nursing [a] better [career] than teaching" — or -1.
func thanBefore(toks []token, i int) int {
	j := i - 1
	if j < 0 || toks[j].val != "than" {
		return -1
	}
	j--
	if j >= 0 && pathNouns[toks[j].val] {
		j--
	}
	if j < 0 || !comparatives[toks[j].val] {
		return -1
	}
	j--
	if j >= 0 && (toks[j].val == "a" || toks[j].val == "an") {
		j--
	}
	return j
}

// pathNouns are what a line of work is called between a comparative and
// "than": "a better career than".
var pathNouns = setOf(`career job field path choice option profession major line`)

// comparatives before "than" compare what is before them with the field
// after: "is nursing better than teaching".
var comparatives = setOf(`more better higher less worse lower easier harder`)

// payVerbs say a job pays: "does teaching pay more than nursing".
var payVerbs = setOf(`pay pays make makes earn earns`)

// rankingWords are words that rank careers or say what one likes: a field
// beside them is ranked, or an interest.
var rankingWords = setOf(`best highest top most lowest worst least fastest paying paid like love enjoy`)

// inPhraseFrom reports whether a question phrase that begins at toks[k]
// holds toks[i] ("job market" holds "market").
func inPhraseFrom(toks []token, k, i int) bool {
	_, n := vocabAt(toks, make([]bool, len(toks)), k)
	return n >= 2 && k+n > i
}

// startsPhrase reports whether a question phrase of two words or more
// begins at toks[k] ("lead to", "switch from").
func startsPhrase(toks []token, k int) bool {
	_, n := vocabAt(toks, make([]bool, len(toks)), k)
	return n >= 2
}

// workerForms are the words for the one who does the work w names, most
// likely first.
func workerForms(w string) []string {
	var out []string
	switch {
	case strings.HasSuffix(w, "ing"):
		base := w[:len(w)-3]
		out = append(out, base+"er", base+"ant", base+"e", base) // programmer, consultant, nurse, cook
	case strings.HasSuffix(w, "try"):
		out = append(out, w[:len(w)-2], w[:len(w)-2]+"er", w[:len(w)-2]+"ist") // dentist, carpenter, chemist
	case strings.HasSuffix(w, "graphy"), strings.HasSuffix(w, "nomy"):
		out = append(out, w[:len(w)-1]+"er") // photographer, astronomer
	case strings.HasSuffix(w, "logy"), strings.HasSuffix(w, "macy"):
		out = append(out, w[:len(w)-1]+"ist") // biologist, pharmacist
	case strings.HasSuffix(w, "ics"):
		out = append(out, w[:len(w)-1]+"ist", w[:len(w)-1]+"ian") // physicist, statistician
	case strings.HasSuffix(w, "ation"):
		out = append(out, w[:len(w)-5]+"er", w[:len(w)-3]+"or") // installer, administrator
	case strings.HasSuffix(w, "ion"):
		out = append(out, w[:len(w)-3]+"or") // inspector, instructor
	case strings.HasSuffix(w, "ment"):
		out = append(out, w[:len(w)-4]+"er") // developer, manager
	case strings.HasSuffix(w, "ure"):
		out = append(out, w[:len(w)-3]) // architect
	case strings.HasSuffix(w, "sis"):
		out = append(out, w[:len(w)-3]+"st") // analyst
	case strings.HasSuffix(w, "y"):
		out = append(out, w[:len(w)-1]+"ist") // therapist
	case strings.HasSuffix(w, "e"):
		out = append(out, w[:len(w)-1]+"ist") // hygienist
	case w == "law":
		out = append(out, "lawyer")
	default:
		out = append(out, w+"er") // designer
	}
	return out
}

// fieldWorker reads the last word of a field of work named in two words
// as the one who works in it, when that is a name and the field is not:
// "physical therapy" is a physical therapist, "graphic design" a graphic
// designer, "dental hygiene" a dental hygienist, not the teachers of the
// field whose names say it. The next word must be no name's: "physical
// therapy aide" stays as it is.
func fieldWorker(kb *knowledge.Base, toks []token, i int) (string, bool) {
	if i == 0 || len(toks[i].val) < 3 {
		return "", false
	}
	prev, w := toks[i-1], toks[i].val
	// A comma before a question ends the name too: "civil or mechanical
	// engineering, which pays better".
	questionAfter := i+2 < len(toks) && toks[i+1].kind == tokComma && toks[i+2].kind == tokWord && (isQuestionWord(toks[i+2].val) || questionOpeners[toks[i+2].val])
	if prev.kind != tokWord || isQuestionWord(prev.val) || isStopWord(prev.val) || isSeparator(prev.val) ||
		i >= 2 && !outsideName(toks[i-2]) || i+1 < len(toks) && !outsideName(toks[i+1]) && !questionAfter {
		return "", false
	}
	if len(kb.Exact([]string{prev.val, w})) > 0 {
		return "", false
	}
	for _, f := range workerForms(w) {
		if f != w && len(kb.Exact([]string{prev.val, f})) > 0 {
			return f, true
		}
	}
	return "", false
}

// interestWords are the words the interest phrases begin with: "likes
// building things" asks an interest, not about builders.
var interestWords = func() map[string]bool {
	m := map[string]bool{}
	for p := range interestPhrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	return m
}()

// chatSpellings are the short forms of question words people type in chat.
// chatAsks are the question words chat writes "are" after as "r".
var chatAsks = setOf(`what wat wut how much many where why which who when`)

var chatSpellings = map[string]string{"u": "you", "ur": "your", "ppl": "people", "bout": "about", "abt": "about", "yrs": "year", "yr": "year", "wat": "what", "wut": "what", "pls": "please", "plz": "please",
	"wtf": "what", "wth": "what", "wht": "what", "whta": "what", "waht": "what", "hwat": "what", "hwo": "how", "1st": "first", "2nd": "second", "3rd": "third", "phych": "psych", "pysch": "psych", "psyc": "psych", "skillz": "skill", "skilz": "skill"}

// correctsTo reports whether the name word nearest w, misspelt, is v.
func correctsTo(kb *knowledge.Base, w, v string) bool {
	c, ok := kb.Correct(w)
	return ok && knowledge.SameForm(c, v)
}

// typoOf returns the word of t that is a typo of a vocabulary word, as
// normalised or as written ("skils" is normalised "skil", too short to
// read as a typo), and the word it is a typo of. Shorthand is no typo
// ("stats" is statistics, not "state").
func typoOf(t token) (w, v string, ok bool) {
	if v, ok := vocabTypo(t.val); ok {
		return t.val, v, true
	}
	if raw := strings.ToLower(t.raw); len(t.val) < 5 && raw != t.val && subjectsShort[raw] == "" { // vocabTypo reads words of five letters and more
		if v, ok := vocabTypo(raw); ok {
			return raw, v, true
		}
	}
	return "", "", false
}
