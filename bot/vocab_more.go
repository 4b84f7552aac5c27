package bot

import (
	"cmp"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// The words of issue 12's questions: interests, education levels,
// knowledge areas, technology names and states. Each table maps what
// people say to the names the official data uses; the router finds them in
// a question with the functions below.

// interestPhrases map what people like doing to a RIASEC area (O*NET's
// interest areas, Holland codes).
var interestPhrases = func() map[string]string {
	m := map[string]string{
		"helping people":           "Social",
		"people person":            "Social",
		"helping others":           "Social",
		"help people":              "Social",
		"help ppl":                 "Social",
		"helping ppl":              "Social",
		"help others":              "Social",
		"helping":                  "Social",
		"working with people":      "Social",
		"teaching":                 "Social",
		"caring for people":        "Social",
		"social":                   "Social",
		"building things":          "Realistic",
		"building stuff":           "Realistic",
		"build stuff":              "Realistic",
		"fixing stuff":             "Realistic",
		"hands-on":                 "Realistic",
		"build things":             "Realistic",
		"fixing things":            "Realistic",
		"working with my hands":    "Realistic",
		"working with hands":       "Realistic",
		"working with their hands": "Realistic",
		"work with my hands":       "Realistic",
		"work with their hands":    "Realistic",
		"with my hands":            "Realistic",
		"with their hands":         "Realistic",
		"with your hands":          "Realistic",
		"with his hands":           "Realistic",
		"with her hands":           "Realistic",
		"with our hands":           "Realistic",
		"hands on":                 "Realistic",
		"outdoors":                 "Realistic",
		"outdoor":                  "Realistic",
		"work outside":             "Realistic",
		"be outside":               "Realistic",
		"realistic":                "Realistic",
		"working with numbers":     "Conventional",
		"organizing":               "Conventional",
		"organising":               "Conventional",
		"details":                  "Conventional",
		"detail oriented":          "Conventional",
		"detail-oriented":          "Conventional",
		"attention to detail":      "Conventional",
		"very organized":           "Conventional",
		"organized":                "Conventional",
		"organised":                "Conventional",
		"conventional":             "Conventional",
		"creative":                 "Artistic",
		"artsy":                    "Artistic",
		"creativity":               "Artistic",
		"art":                      "Artistic",
		"arts":                     "Artistic",
		"artistic":                 "Artistic",
		"design":                   "Artistic",
		"drawing":                  "Artistic",
		"sketching":                "Artistic",
		"painting":                 "Artistic",
		"leading":                  "Enterprising",
		"in charge":                "Enterprising",
		"being in charge":          "Enterprising",
		"leading teams":            "Enterprising",
		"leading a team":           "Enterprising",
		"lead teams":               "Enterprising",
		"being the boss":           "Enterprising",
		"managing people":          "Enterprising",
		"leading people":           "Enterprising",
		"leadership":               "Enterprising",
		"sales":                    "Enterprising",
		"business":                 "Enterprising",
		"persuading":               "Enterprising",
		"enterprising":             "Enterprising",
		"science":                  "Investigative",
		"research":                 "Investigative",
		"solving problems":         "Investigative",
		"problem solving":          "Investigative",
		"analyzing":                "Investigative",
		"analysing":                "Investigative",
		"investigative":            "Investigative",
		"analytical":               "Investigative",
		"solving puzzles":          "Investigative",
		"puzzles":                  "Investigative",
		"solve problems":           "Investigative",
		"figuring things out":      "Investigative",
		"working with data":        "Investigative",
		"working with computers":   "Investigative",
		// Traits people say of themselves, as O*NET's interest profiler
		// describes each area.
		"persuasive":              "Enterprising",
		"competitive":             "Enterprising",
		"ambitious":               "Enterprising",
		"convincing people":       "Enterprising",
		"negotiating":             "Enterprising",
		"outgoing":                "Social",
		"extrovert":               "Social",
		"extroverted":             "Social",
		"empathetic":              "Social",
		"good listener":           "Social",
		"talking to people":       "Social",
		"dealing with people":     "Social",
		"deal with people":        "Social",
		"interacting with people": "Social",
		"work with people":        "Social",
		"talking with people":     "Social",
		"chatting with people":    "Social",
		"chatting with strangers": "Social",
		"talking to strangers":    "Social",
		"meeting new people":      "Social",
		"meeting people":          "Social",
		"curious":                 "Investigative",
		"logical":                 "Investigative",
		"imaginative":             "Artistic",
		"working outside":         "Realistic",
		"working outdoors":        "Realistic",
		"outdoorsy":               "Realistic",
		"the outdoors":            "Realistic",
		"being outside":           "Realistic",
		"paperwork":               "Conventional",
		"likes routine":           "Conventional",
		"like routine":            "Conventional",
		"routine work":            "Conventional",
		"a routine":               "Conventional",
		"predictable work":        "Conventional",
		"spreadsheets":            "Conventional",
		"making things":           "Realistic",
		"make things":             "Realistic",
		"making stuff":            "Realistic",
		"w my hands":              "Realistic",
	}
	// Work at a desk is Conventional work (see deskWork).
	for _, p := range strings.Split(deskWork, "|") {
		m[p] = "Conventional"
	}
	return m
}()

// dislikedInterest reports whether the interest phrase text names
// (interestOf) is said as disliked: "hates talking to people", "doesn't
// like working outside".
func dislikedInterest(text string) bool {
	phrase, ok := longestPhrase(text, interestPhrases)
	if !ok {
		return false
	}
	words := " " + phraseKey(text) + " "
	before := strings.Fields(words[:strings.Index(words, " "+phrase+" ")])
	before = before[max(0, len(before)-4):] // the words just before it
	return slices.ContainsFunc(before, func(w string) bool { return dislikeWords[w] })
}

// deskWork are the phrases of work at a desk, Conventional in
// interestPhrases, which one says one hates to ask for work away from it
// ("likes math but hates sitting at a desk all day").
const deskWork = "desk job|desk jobs|sitting at a desk|sit at a desk|behind a desk|at a desk all day|desk all day|office job|cubicle|in an office all day|sitting all day|sit all day"

// deskPhrases are deskWork's phrases.
var deskPhrases = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(deskWork, "|") {
		m[p] = true
	}
	return m
}()

// dislikeWords say one does not like what follows (as phraseKey writes
// them: "don't" is "don t").
var dislikeWords = setOf(`hate hates hating dislike dislikes not t never avoid avoids stand dont doesnt cant didnt wont`)

// asksInterest reports whether text asks careers for what someone likes
// doing ("jobs where you help people").
func asksInterest(text string) bool {
	_, ok := interestOf(text)
	return ok && holdsAny(" "+phraseKey(text)+" ", "jobs", "careers", "job", "career", "work", "want to", "wanna")
}

// interestOf finds the interest a question names ("careers for someone who
// likes helping people" → "Social"): the longest phrase of interestPhrases
// in it, whole words only.
func interestOf(text string) (string, bool) {
	phrase, ok := longestPhrase(text, interestPhrases)
	if !ok {
		return "", false
	}
	return interestPhrases[phrase], true
}

// interestsOf returns the interest area text names (as interestOf) and a
// second one it names besides ("jobs for someone artistic and social",
// "holland code SAE": Social, then Artistic), in the order said; "" for
// none.
func interestsOf(text string) (first, second string) {
	phrase, ok := longestPhrase(text, interestPhrases)
	if !ok {
		return "", ""
	}
	first = interestPhrases[phrase]
	words := " " + phraseKey(text) + " "
	rest := strings.Replace(words, " "+phrase+" ", " ", 1)
	p2, ok := longestPhrase(rest, interestPhrases)
	if !ok || interestPhrases[p2] == first {
		return first, ""
	}
	second = interestPhrases[p2]
	if strings.Index(words, " "+p2+" ") < strings.Index(words, " "+phrase+" ") {
		first, second = second, first
	}
	return first, second
}

// onetEducationOrder lists O*NET's required-education levels (scale RL,
// categories 1-12) from least to most, as educationShares names them.
var onetEducationOrder = []string{
	"Less than a High School Diploma",
	"High School Diploma",
	"Post-Secondary Certificate",
	"Some College Courses",
	"Associate's Degree (or other 2-year degree)",
	"Bachelor's Degree",
	"Post-Baccalaureate Certificate",
	"Master's Degree",
	"Post-Master's Certificate",
	"First Professional Degree",
	"Doctoral Degree",
	"Post-Doctoral Training",
}

// educationWords map what people call a level to O*NET's level.
var educationWords = map[string]string{
	"high school":           "High School Diploma",
	"high school diploma":   "High School Diploma",
	"hs diploma":            "High School Diploma",
	"ged":                   "High School Diploma",
	"certificate":           "Post-Secondary Certificate",
	"some college":          "Some College Courses",
	"associate":             "Associate's Degree (or other 2-year degree)",
	"associates":            "Associate's Degree (or other 2-year degree)",
	"associate s":           "Associate's Degree (or other 2-year degree)",
	"2 year degree":         "Associate's Degree (or other 2-year degree)",
	"two year degree":       "Associate's Degree (or other 2-year degree)",
	"bachelor":              "Bachelor's Degree",
	"bachelors":             "Bachelor's Degree",
	"bachelor s":            "Bachelor's Degree",
	"college degree":        "Bachelor's Degree",
	"4 year degree":         "Bachelor's Degree",
	"four year degree":      "Bachelor's Degree",
	"master":                "Master's Degree",
	"masters":               "Master's Degree",
	"master s":              "Master's Degree",
	"graduate degree":       "Master's Degree",
	"professional degree":   "First Professional Degree",
	"first professional":    "First Professional Degree",
	"doctorate":             "Doctoral Degree",
	"doctoral":              "Doctoral Degree",
	"phd":                   "Doctoral Degree",
	"ph d":                  "Doctoral Degree",
	"postdoc":               "Post-Doctoral Training",
	"post doctoral":         "Post-Doctoral Training",
	"less than high school": "Less than a High School Diploma",
}

// educationLevelOf finds the O*NET education level a question names ("do
// most nurse practitioners have a master's degree" → "Master's Degree").
func educationLevelOf(text string) (string, bool) {
	phrase, ok := longestPhrase(text, educationWords)
	if !ok {
		return "", false
	}
	return educationWords[phrase], true
}

// knowledgeWords map what people call a subject to O*NET's knowledge area.
var knowledgeWords = map[string]string{
	"math":                          "Mathematics",
	"maths":                         "Mathematics",
	"mathematics":                   "Mathematics",
	"numbers":                       "Mathematics",
	"statistics":                    "Mathematics",
	"calculus":                      "Mathematics",
	"algebra":                       "Mathematics",
	"geometry":                      "Mathematics",
	"trigonometry":                  "Mathematics",
	"biology":                       "Biology",
	"chemistry":                     "Chemistry",
	"physics":                       "Physics",
	"law":                           "Law and Government",
	"legal":                         "Law and Government",
	"government":                    "Law and Government",
	"medicine":                      "Medicine and Dentistry",
	"medical":                       "Medicine and Dentistry",
	"dentistry":                     "Medicine and Dentistry",
	"psychology":                    "Psychology",
	"computers":                     "Computers and Electronics",
	"computer":                      "Computers and Electronics",
	"electronics":                   "Computers and Electronics",
	"english":                       "English Language",
	"grammar":                       "English Language",
	"history":                       "History and Archeology",
	"archeology":                    "History and Archeology",
	"archaeology":                   "History and Archeology",
	"geography":                     "Geography",
	"economics":                     "Economics and Accounting",
	"accounting":                    "Economics and Accounting",
	"engineering":                   "Engineering and Technology",
	"mechanical":                    "Mechanical",
	"mechanics":                     "Mechanical",
	"machines":                      "Mechanical",
	"construction":                  "Building and Construction",
	"building":                      "Building and Construction",
	"sales":                         "Sales and Marketing",
	"marketing":                     "Sales and Marketing",
	"selling":                       "Sales and Marketing",
	"customer service":              "Customer and Personal Service",
	"teaching":                      "Education and Training",
	"education":                     "Education and Training",
	"training":                      "Education and Training",
	"foreign language":              "Foreign Language",
	"foreign languages":             "Foreign Language",
	"languages":                     "Foreign Language",
	"spanish":                       "Foreign Language",
	"fine arts":                     "Fine Arts",
	"art":                           "Fine Arts",
	"music":                         "Fine Arts",
	"food":                          "Food Production",
	"farming":                       "Food Production",
	"agriculture":                   "Food Production",
	"philosophy":                    "Philosophy and Theology",
	"theology":                      "Philosophy and Theology",
	"religion":                      "Philosophy and Theology",
	"sociology":                     "Sociology and Anthropology",
	"anthropology":                  "Sociology and Anthropology",
	"therapy":                       "Therapy and Counseling",
	"counseling":                    "Therapy and Counseling",
	"counselling":                   "Therapy and Counseling",
	"mental health":                 "Therapy and Counseling",
	"telecommunications":            "Telecommunications",
	"transportation":                "Transportation",
	"public safety":                 "Public Safety and Security",
	"criminal justice":              "Public Safety and Security",
	"criminology":                   "Public Safety and Security",
	"law enforcement":               "Public Safety and Security",
	"security":                      "Public Safety and Security",
	"management":                    "Administration and Management",
	"administration":                "Administration and Management",
	"clerical":                      "Administrative",
	"office work":                   "Administrative",
	"design":                        "Design",
	"communications":                "Communications and Media",
	"media":                         "Communications and Media",
	"human resources":               "Personnel and Human Resources",
	"personnel":                     "Personnel and Human Resources",
	"manufacturing":                 "Production and Processing",
	"production":                    "Production and Processing",
	"customer and personal service": "Customer and Personal Service",
}

// likedSkills are the O*NET skills people say they like doing: "i love
// writing" asks the careers that need the Writing skill most, more
// particular than the Artistic area.
var likedSkills = map[string]string{
	"writing":          "Writing",
	"creative writing": "Writing",
	"coding":           "Programming",
	"programming":      "Programming",
	"telling stories":  "Writing",
	"tell stories":     "Writing",
	"storytelling":     "Writing",
	"public speaking":  "Speaking",
	"troubleshooting":  "Troubleshooting",
}

// knowledgeAreaOf finds the O*NET knowledge area a question names ("jobs
// that need math" → "Mathematics").
func knowledgeAreaOf(text string) (string, bool) {
	phrase, ok := longestPhrase(text, knowledgeWords)
	if !ok {
		return "", false
	}
	return knowledgeWords[phrase], true
}

// technologyWords map the short names people use to O*NET's product names.
var technologyWords = map[string]string{
	"excel":         "Microsoft Excel",
	"ms excel":      "Microsoft Excel",
	"word":          "Microsoft Word",
	"ms word":       "Microsoft Word",
	"powerpoint":    "Microsoft PowerPoint",
	"outlook":       "Microsoft Outlook",
	"access":        "Microsoft Access",
	"ms office":     "Microsoft Office software",
	"office":        "Microsoft Office software",
	"sharepoint":    "Microsoft SharePoint",
	"visio":         "Microsoft Visio",
	"sql":           "Structured query language SQL",
	"sql server":    "Microsoft SQL Server",
	"java":          "Oracle Java",
	"golang":        "Go",
	"autocad":       "Autodesk AutoCAD",
	"photoshop":     "Adobe Photoshop",
	"illustrator":   "Adobe Illustrator",
	"indesign":      "Adobe InDesign",
	"acrobat":       "Adobe Acrobat",
	"matlab":        "The MathWorks MATLAB",
	"spss":          "IBM SPSS Statistics",
	"arcgis":        "ESRI ArcGIS software",
	"quickbooks":    "Intuit QuickBooks",
	"salesforce":    "Salesforce software",
	"aws":           "Amazon Web Services AWS software",
	"azure":         "Microsoft Azure software",
	"html":          "Hypertext markup language HTML",
	"xml":           "Extensible markup language XML",
	"jira":          "Atlassian JIRA",
	"solidworks":    "Dassault Systemes SolidWorks",
	"sap":           "SAP software",
	"epic":          "Epic Systems",
	"macos":         "Apple macOS",
	"mac os":        "Apple macOS",
	"windows":       "Microsoft Windows",
	"ms project":    "Microsoft Project",
	"r language":    "R",
	"r programming": "R",
	"c programming": "C",
}

// technologyIn finds the technology a question names: a short name of
// technologyWords, else the longest O*NET product name (or the last word
// of one, "Tableau", "Python") the question holds as whole words.
func (b *turn) technologyIn(text string) (string, bool) {
	name, _, ok := b.technologyPhrase(text)
	return name, ok
}

// technologyPhrase is technologyIn that also returns the words of the
// question that named the technology ("excel" for "Microsoft Excel").
func (b *turn) technologyPhrase(text string) (name, phrase string, ok bool) {
	if phrase, ok := longestPhrase(text, technologyWords); ok {
		return technologyWords[phrase], phrase, true
	}
	// Every run of up to maxTechWords words of the question, looked up
	// among the technology names: the longest found wins.
	names := technologyIndex(b.kb)
	words := strings.Fields(phraseKey(text))
	best, bestKey := "", ""
	for i := range words {
		for n := 1; n <= maxTechWords && i+n <= len(words); n++ {
			k := strings.Join(words[i:i+n], " ")
			if name, ok := names[k]; ok && len(k) > len(bestKey) {
				best, bestKey = name, k
			}
		}
	}
	return best, bestKey, best != ""
}

// maxTechWords bounds the words of a technology name looked for in a question.
const maxTechWords = 8

// techIndex maps the phrase keys of a knowledge base's technology names to
// the names; it is built once per base (the latest one is kept).
type techIndex struct {
	kb    *knowledge.Base
	names map[string]string
}

var latestTech atomic.Pointer[techIndex]

func technologyIndex(kb *knowledge.Base) map[string]string {
	if t := latestTech.Load(); t != nil && t.kb == kb {
		return t.names
	}
	m := map[string]string{}
	for _, name := range kb.TechnologyNames() {
		// A one-word name that is a question word ("Go") is that word.
		if k := phraseKey(name); len(k) >= 2 && len(strings.Fields(k)) <= maxTechWords && !isStopWord(k) && (!isVocab(k) || employerJob(k) != "") {
			if _, dup := m[k]; !dup {
				m[k] = name
			}
		}
	}
	latestTech.Store(&techIndex{kb: kb, names: m})
	return m
}

// stateMention is a state a question names, and where.
type stateMention struct {
	State      knowledge.State
	Start, End int    // byte offsets of the words in the text given to statesIn
	City       string // the city asked, when a city stood for its state
	dup        bool   // a second city of a state already mentioned: words to take out only
}

// cityStates are large cities people ask pay in. BLS publishes pay by
// state (and metro areas this bot does not hold): a city is answered with
// its state, and the answer says so. Cities whose names are common words
// or other places' ("Mobile", "Richmond", "LA") are left out.
var cityStates = map[string]string{
	"new york city": "New York", "nyc": "New York", "brooklyn": "New York", "manhattan": "New York",
	"los angeles": "California", "san francisco": "California", "san diego": "California", "san jose": "California",
	"sacramento": "California", "oakland": "California", "chicago": "Illinois", "houston": "Texas",
	"dallas": "Texas", "austin": "Texas", "san antonio": "Texas", "fort worth": "Texas", "el paso": "Texas",
	"phoenix": "Arizona", "tucson": "Arizona", "philadelphia": "Pennsylvania", "philly": "Pennsylvania", "pittsburgh": "Pennsylvania",
	"seattle": "Washington", "denver": "Colorado", "boston": "Massachusetts", "nashville": "Tennessee",
	"memphis": "Tennessee", "detroit": "Michigan", "portland": "Oregon", "las vegas": "Nevada",
	"atlanta": "Georgia", "miami": "Florida", "orlando": "Florida", "tampa": "Florida", "jacksonville": "Florida",
	"minneapolis": "Minnesota", "baltimore": "Maryland", "milwaukee": "Wisconsin", "albuquerque": "New Mexico",
	"omaha": "Nebraska", "raleigh": "North Carolina", "charlotte": "North Carolina", "cincinnati": "Ohio",
	"cleveland": "Ohio", "columbus": "Ohio", "indianapolis": "Indiana", "louisville": "Kentucky",
	"new orleans": "Louisiana", "baton rouge": "Louisiana", "shreveport": "Louisiana", "oklahoma city": "Oklahoma", "salt lake city": "Utah", "boise": "Idaho",
	"honolulu": "Hawaii", "anchorage": "Alaska", "st louis": "Missouri", "saint louis": "Missouri",
	"kansas city": "Missouri", "washington dc": "District of Columbia",
}

// postalWords are postal abbreviations that are also common English words:
// typed in lower case they name no state ("in", "or", "me", "hi", "ok").
var postalWords = map[string]bool{"in": true, "or": true, "me": true, "hi": true, "ok": true, "oh": true,
	"la": true, "de": true, "pa": true, "co": true, "ma": true, "al": true, "id": true, "ga": true, "mo": true, "md": true,
	"va": true, "ne": true, "nd": true, "sd": true, "vi": true, "gu": true, "pr": true, "mi": true, "ct": true, "it": true}

// statesIn finds the states a question names, in order: full names in any
// case ("texas", "New York", "washington state"), and postal abbreviations
// typed in capitals ("CA") or, for those that are no English word, after
// "in" or between states ("electrician salary in ca", "tx vs ca").
func statesIn(text string) []stateMention {
	type word struct {
		w          string
		start, end int
		upper      bool
	}
	var words []word
	start := -1
	for i, r := range text + " " {
		isWord := unicode.IsLetter(r) || r == '.'
		switch {
		case isWord && start < 0:
			start = i
		case !isWord && start >= 0:
			raw := strings.Trim(text[start:i], ".")
			if raw != "" {
				words = append(words, word{strings.ToLower(strings.ReplaceAll(raw, ".", "")), start, i, raw == strings.ToUpper(raw) && len(raw) > 1})
			}
			start = -1
		}
	}
	var out []stateMention
	for i := 0; i < len(words); i++ {
		// Longest name first: "west virginia" before "virginia", "new york"
		// before "york", "washington state" before "washington".
		matched := false
		for n := min(4, len(words)-i); n >= 1 && !matched; n-- {
			var parts []string
			for _, w := range words[i : i+n] {
				parts = append(parts, w.w)
			}
			phrase := strings.Join(parts, " ")
			city := ""
			if name, isCity := cityStates[phrase]; isCity {
				city = titleWords(phrase)
				phrase = strings.ToLower(name)
			}
			st, ok := knowledge.StateByName(phrase)
			if !ok && n == 1 && city == "" {
				st, ok = knowledge.StateMisspelt(phrase) // "how much do electricians make in flordia"
			}
			if !ok {
				continue
			}
			if i+n < len(words) && airlineWords[words[i+n].w] {
				continue // "Alaska Airlines", "Hawaiian Air": a company, whose crews fly everywhere
			}
			if city == "" && n == 1 && knowledge.IsStateAbbreviation(phrase) && !(i > 0 && placeBefore[words[i-1].w] || i == len(words)-1 || placeBefore[words[i+1].w]) {
				continue // "mass" ends "RN pay mass" or follows "in"; "mass communication" is no state
			}
			if city == "" && n == 1 && len(phrase) == 2 && !postalOK(words[i].upper, phrase, i, func(j int) string {
				if j < 0 || j >= len(words) {
					return ""
				}
				return words[j].w
			}) {
				continue
			}
			m := stateMention{State: st, Start: words[i].start, End: words[i+n-1].end, City: city}
			if k := slices.IndexFunc(out, func(o stateMention) bool { return o.State == st }); k >= 0 && city != "" && out[k].City != "" {
				// "houston vs dallas": two cities of one state are one
				// state's figures; the words of both are taken out.
				out[k].City += " and " + city
				out = append(out, stateMention{State: st, Start: m.Start, End: m.End, City: "", dup: true})
			} else {
				out = append(out, m)
			}
			i += n - 1
			matched = true
		}
	}
	return out
}

// airlineWords after a state's name make it a company's.
var airlineWords = setOf("airlines airline air airways")

// postalOK says whether a two-letter word stands for a state: typed in
// capitals, or not an English word and after "in"/"vs" or before "vs".
// credentialLetters are state codes that are also doctors' degrees
// written after their title: MD, and DC (doctor of chiropractic).
var credentialLetters = setOf("md dc")

// doctorWord reports whether w ends a doctor's title ("anesthesiologist",
// "chiropractor"), after which MD or DC is a degree. An electrician's MD
// is still Maryland.
func doctorWord(w string) bool {
	switch w {
	case "physician", "doctor", "surgeon", "chiropractor", "pediatrician", "obstetrician", "clinician", "hospitalist", "internist", "dentist", "optometrist", "podiatrist":
		return true
	}
	return strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "iatrist")
}

func postalOK(upper bool, w string, i int, at func(int) string) bool {
	prev, next := at(i-1), at(i+1)
	if prev == "a" || prev == "an" {
		return false // "as a PA", "an RN": a job, never a state
	}
	if credentialLetters[w] && next == "" && doctorWord(prev) {
		// "Anesthesiologist MD", "Chiropractor DC": the degree after a
		// doctor's title, not Maryland.
		return false
	}
	if postalWords[w] {
		// "OR tech", "IN" and "HI" are words first: a state only right
		// after "in" ("salary in OR") or at the end in capitals.
		return upper && w != "it" && (prev == "in" || next == "")
	}
	// Capitals alone say little: "AR specialist", "PA salary" and "CT tech"
	// are jobs. A code is a state where a place is asked, or one no job is
	// abbreviated to opening the question ("tx top earning occupations").
	return prev == "in" || prev == "vs" || prev == "versus" || prev == "and" || next == "vs" || next == "versus" || next == "" ||
		i == 0 && onlyStates[w] ||
		onlyStates[w] && (next == "and" || next == "or" || prev == "or" || prev == "compare") // "compare ny and florida"
}

// placeBefore are the words beside which an abbreviated state is read:
// after "in", before "vs".
var placeBefore = setOf("in vs versus and or compare from")

// onlyStates are the postal codes no job title abbreviates to.
var onlyStates = setOf("tx fl ny nj ga az nv wa nc sc tn ky va wi mn mo ks ia al ak nm nh wy il mi")

// phraseKey is text in lower case with words split at anything but letters,
// digits and the marks of product names ("c++", "c#").
func phraseKey(s string) string {
	if k, ok := plainKey(s); ok {
		return k
	}
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '#')
	}), " ")
}

// plainKey is phraseKey of s when s is already lower-case letters, digits,
// '+' and '#' in words one space apart (a trailing space allowed, as
// question.words leaves one), without copying it: questions routed by
// phrase are mostly so.
func plainKey(s string) (string, bool) {
	s = strings.TrimSuffix(s, " ")
	if s == "" || s[0] == ' ' {
		return "", s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '#':
		case c == ' ' && s[i-1] != ' ' && i+1 < len(s):
		default:
			return "", false
		}
	}
	return s, true
}

// longestPhrase finds the longest key of table that text holds as whole
// words.
func longestPhrase(text string, table map[string]string) (string, bool) {
	words := " " + phraseKey(text) + " "
	for _, k := range longestFirst(table) {
		if strings.Contains(words, k) {
			return k[1 : len(k)-1], true
		}
	}
	return "", false
}

// longestFirst returns a table's keys padded with spaces, longest first,
// worked out once per table.
func longestFirst(table map[string]string) []string {
	key := reflect.ValueOf(table).UnsafePointer()
	if keys, ok := sortedKeys.Load(key); ok {
		return keys.([]string)
	}
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	for i, k := range keys {
		keys[i] = " " + k + " "
	}
	sortedKeys.Store(key, keys)
	return keys
}

// sortedKeys holds longestFirst's result for each word table (they never change).
var sortedKeys sync.Map

// distinctStates drops the mentions that only repeat a state.
func distinctStates(ms []stateMention) []stateMention {
	out := ms[:0:0]
	for _, m := range ms {
		if !m.dup {
			out = append(out, m)
		}
	}
	return out
}

// titleWords capitalises each word: "salt lake city" → "Salt Lake City".
func titleWords(s string) string {
	if s == "nyc" {
		return "NYC"
	}
	words := strings.Fields(s)
	for i, w := range words {
		if w == "dc" {
			words[i] = "DC" // "Washington DC"
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// doingJobs are what people say a job does in place of its title ("how
// much do people make fixing cars", "someone who flips burgers"): read as
// the title most of those who do it hold.
var doingJobs = map[string]string{
	// Work said as people say it, mostly from what testers typed.
	// Work said in plain words for jobs testers described (qa82).
	"study old settlements": "archeologist", "studies old settlements": "archeologist", "studying old settlements": "archeologist", "study ancient settlements": "archeologist", "studies ancient settlements": "archeologist", "studying ancient settlements": "archeologist", "study ancient civilizations": "archeologist", "studies ancient civilizations": "archeologist", "studying ancient civilizations": "archeologist", "use statistics to price life insurance": "actuary", "uses statistics to price life insurance": "actuary", "using statistics to price life insurance": "actuary", "use statistics to price insurance": "actuary", "uses statistics to price insurance": "actuary", "using statistics to price insurance": "actuary", "do eye exams": "optometrist", "does eye exams": "optometrist", "doing eye exams": "optometrist", "give eye exams": "optometrist", "gives eye exams": "optometrist", "giving eye exams": "optometrist", "perform eye exams": "optometrist", "performs eye exams": "optometrist", "performing eye exams": "optometrist", "prescribe glasses": "optometrist", "prescribes glasses": "optometrist", "prescribing glasses": "optometrist", "prescribe eyeglasses": "optometrist", "prescribes eyeglasses": "optometrist", "prescribing eyeglasses": "optometrist", "prescribe contact lenses": "optometrist", "prescribes contact lenses": "optometrist", "prescribing contact lenses": "optometrist", "carry luggage": "bellhop", "carries luggage": "bellhop", "carrying luggage": "bellhop", "carry bags for hotel guests": "bellhop", "carries bags for hotel guests": "bellhop", "carrying bags for hotel guests": "bellhop", "carry guests' luggage": "bellhop", "carries guests' luggage": "bellhop", "carrying guests' luggage": "bellhop", "run ventilators": "respiratory therapist", "runs ventilators": "respiratory therapist", "running ventilators": "respiratory therapist", "give breathing treatments": "respiratory therapist", "gives breathing treatments": "respiratory therapist", "giving breathing treatments": "respiratory therapist", "manage ventilators": "respiratory therapist", "manages ventilators": "respiratory therapist", "managing ventilators": "respiratory therapist", "call balls and strikes": "umpire", "calls balls and strikes": "umpire", "calling balls and strikes": "umpire", "umpire baseball games": "umpire", "umpires baseball games": "umpire", "umpiring baseball games": "umpire", "referee games": "referee", "referees games": "referee", "refereing games": "referee", "ref games": "referee", "refs games": "referee", "reffing games": "referee", "do fades": "barber", "does fades": "barber", "doing fades": "barber", "give fades": "barber", "gives fades": "barber", "giving fades": "barber", "trim beards": "barber", "trims beards": "barber", "trimming beards": "barber", "cut men's hair": "barber", "cuts men's hair": "barber", "cutting men's hair": "barber", "install glass": "glazier", "installs glass": "glazier", "installing glass": "glazier", "install glass storefronts": "glazier", "installs glass storefronts": "glazier", "installing glass storefronts": "glazier", "install windows and glass": "glazier", "installs windows and glass": "glazier", "installing windows and glass": "glazier", "mediate disputes": "mediator", "mediates disputes": "mediator", "mediating disputes": "mediator", "help divorcing couples": "mediator", "helps divorcing couples": "mediator", "helping divorcing couples": "mediator", "book venues": "event planner", "books venues": "event planner", "booking venues": "event planner", "plan conferences": "event planner", "plans conferences": "event planner", "planning conferences": "event planner", "plan corporate events": "event planner", "plans corporate events": "event planner", "planning corporate events": "event planner", "plan conventions": "event planner", "plans conventions": "event planner", "planning conventions": "event planner", "price life insurance": "actuary", "prices life insurance": "actuary", "pricing life insurance": "actuary", "price insurance policies": "actuary", "prices insurance policies": "actuary", "pricing insurance policies": "actuary", "dig up ancient artifacts": "archeologist", "digs up ancient artifacts": "archeologist", "digging up ancient artifacts": "archeologist", "dig up artifacts": "archeologist", "digs up artifacts": "archeologist", "digging up artifacts": "archeologist", "excavate ancient sites": "archeologist", "excavates ancient sites": "archeologist", "excavating ancient sites": "archeologist", "deliver documents between offices": "courier", "delivers documents between offices": "courier", "delivering documents between offices": "courier", "deliver documents": "courier", "delivers documents": "courier", "delivering documents": "courier", "deliver packages by bike": "courier", "delivers packages by bike": "courier", "delivering packages by bike": "courier", "preach": "clergy", "preaches": "clergy", "preaching": "clergy", "lead sunday services": "clergy", "leads sunday services": "clergy", "leading sunday services": "clergy", "lead worship services": "clergy", "leads worship services": "clergy", "leading worship services": "clergy", "estimate construction costs": "cost estimator", "estimates construction costs": "cost estimator", "estimating construction costs": "cost estimator", "estimate what construction projects will cost": "cost estimator", "estimates what construction projects will cost": "cost estimator", "estimating what construction projects will cost": "cost estimator", "adjust insurance claims": "claims adjuster", "adjusts insurance claims": "claims adjuster", "adjusting insurance claims": "claims adjuster", "inspect storm damage": "claims adjuster", "inspects storm damage": "claims adjuster", "inspecting storm damage": "claims adjuster", "assess storm damage": "claims adjuster", "assesses storm damage": "claims adjuster", "assessing storm damage": "claims adjuster", "appraise houses": "real estate appraiser", "appraises houses": "real estate appraiser", "appraising houses": "real estate appraiser", "appraise homes": "real estate appraiser", "appraises homes": "real estate appraiser", "appraising homes": "real estate appraiser", "back up databases": "database administrator", "backs up databases": "database administrator", "backing up databases": "database administrator", "manage databases": "database administrator", "manages databases": "database administrator", "managing databases": "database administrator", "administer databases": "database administrator", "administers databases": "database administrator", "administering databases": "database administrator", "tutor students": "tutor", "tutors students": "tutor", "tutoring students": "tutor", "tutor kids": "tutor", "tutors kids": "tutor", "tutoring kids": "tutor", "tutor high schoolers": "tutor", "tutors high schoolers": "tutor", "tutoring high schoolers": "tutor", "track wolves": "wildlife biologist", "tracks wolves": "wildlife biologist", "tracking wolves": "wildlife biologist", "study wildlife": "wildlife biologist", "studies wildlife": "wildlife biologist", "studying wildlife": "wildlife biologist", "study wolves": "wildlife biologist", "studies wolves": "wildlife biologist", "studying wolves": "wildlife biologist",
	"answer customer calls": "customer service representative", "answers customer calls": "customer service representative", "answering customer calls": "customer service representative", "answer customer phone calls": "customer service representative", "answers customer phone calls": "customer service representative", "answering customer phone calls": "customer service representative", "take customer calls": "customer service representative", "takes customer calls": "customer service representative", "taking customer calls": "customer service representative", "handle customer calls": "customer service representative", "handles customer calls": "customer service representative", "handling customer calls": "customer service representative", "handle customer complaints": "customer service representative", "handles customer complaints": "customer service representative", "handling customer complaints": "customer service representative", "help customers over the phone": "customer service representative", "helps customers over the phone": "customer service representative", "helping customers over the phone": "customer service representative", "resolve customer complaints": "customer service representative", "resolves customer complaints": "customer service representative", "resolving customer complaints": "customer service representative", "resolve billing complaints": "customer service representative", "resolves billing complaints": "customer service representative", "resolving billing complaints": "customer service representative",
	"look after children": "childcare worker", "looks after children": "childcare worker", "looking after children": "childcare worker", "look after kids": "childcare worker", "looks after kids": "childcare worker", "looking after kids": "childcare worker", "watch children": "childcare worker", "watches children": "childcare worker", "watching children": "childcare worker", "care for children": "childcare worker", "cares for children": "childcare worker", "caring for children": "childcare worker", "care for kids": "childcare worker", "cares for kids": "childcare worker", "caring for kids": "childcare worker", "take care of kids": "childcare worker", "takes care of kids": "childcare worker", "taking care of kids": "childcare worker", "take care of children": "childcare worker", "takes care of children": "childcare worker", "taking care of children": "childcare worker",
	"repair ac units": "hvac technician", "repairs ac units": "hvac technician", "repairing ac units": "hvac technician", "fix ac units": "hvac technician", "fixes ac units": "hvac technician", "fixing ac units": "hvac technician", "service ac units": "hvac technician", "services ac units": "hvac technician", "servicing ac units": "hvac technician", "repair ac": "hvac technician", "repairs ac": "hvac technician", "repairing ac": "hvac technician", "fix ac": "hvac technician", "fixes ac": "hvac technician", "fixing ac": "hvac technician", "fix teeth": "dentist", "fixes teeth": "dentist", "fixing teeth": "dentist", "repair teeth": "dentist", "repairs teeth": "dentist", "repairing teeth": "dentist", "unload trucks at a warehouse": "material handler", "unloads trucks at a warehouse": "material handler", "unloading trucks at a warehouse": "material handler", "load and unload trucks": "material handler", "loads and unload trucks": "material handler", "loading and unload trucks": "material handler", "unload trucks": "material handler", "unloads trucks": "material handler", "unloading trucks": "material handler",
	"ring up customers": "cashier", "rings up customers": "cashier", "ringing up customers": "cashier", "rang up customers": "cashier", "rings people up": "cashier", "ringing people up": "cashier", "rang people up": "cashier", "take x-rays": "x-ray tech", "takes x-rays": "x-ray tech", "taking x-rays": "x-ray tech", "took x-rays": "x-ray tech", "take xrays": "x-ray tech", "takes xrays": "x-ray tech", "taking xrays": "x-ray tech", "took xrays": "x-ray tech", "spray for roaches": "exterminator", "sprays for roaches": "exterminator", "spraying for roaches": "exterminator", "spray for termites": "exterminator", "sprays for termites": "exterminator", "spraying for termites": "exterminator", "watch other people's kids": "nanny", "watches other people's kids": "nanny", "watching other people's kids": "nanny", "watched other people's kids": "nanny", "watch other peoples kids": "nanny", "watches other peoples kids": "nanny", "watching other peoples kids": "nanny", "watched other peoples kids": "nanny", "babysit kids": "nanny", "babysits kids": "nanny", "babysitting kids": "nanny", "watched kids": "nanny", "take orders and bring food": "waiter", "takes orders and bring food": "waiter", "taking orders and bring food": "waiter", "took orders and bring food": "waiter", "bring food to tables": "waiter", "brings food to tables": "waiter", "bringing food to tables": "waiter", "brought food to tables": "waiter", "waited tables": "waiter", "serve tables": "waiter", "serves tables": "waiter", "serving tables": "waiter", "served tables": "waiter", "fill in when teachers": "substitute teacher", "fills in when teachers": "substitute teacher", "filling in when teachers": "substitute teacher", "fill in whenever teachers": "substitute teacher", "fills in whenever teachers": "substitute teacher", "filling in whenever teachers": "substitute teacher", "fill in for teachers": "substitute teacher", "fills in for teachers": "substitute teacher", "filling in for teachers": "substitute teacher", "play bass in a band": "musician", "plays bass in a band": "musician", "playing bass in a band": "musician", "played bass in a band": "musician", "play guitar in a band": "musician", "plays guitar in a band": "musician", "playing guitar in a band": "musician", "played guitar in a band": "musician", "play drums in a band": "musician", "plays drums in a band": "musician", "playing drums in a band": "musician", "played drums in a band": "musician", "play in a band": "musician", "plays in a band": "musician", "playing in a band": "musician", "played in a band": "musician", "preach every sunday": "pastor", "preaches every sunday": "pastor", "preaching every sunday": "pastor", "lead a church": "pastor", "leads a church": "pastor", "leading a church": "pastor", "lead a congregation": "pastor", "leads a congregation": "pastor", "leading a congregation": "pastor", "lead a church congregation": "pastor", "leads a church congregation": "pastor", "leading a church congregation": "pastor", "treat sick dogs": "veterinarian", "treats sick dogs": "veterinarian", "treating sick dogs": "veterinarian", "treat sick animals": "veterinarian", "treats sick animals": "veterinarian", "treating sick animals": "veterinarian", "treat sick pets": "veterinarian", "treats sick pets": "veterinarian", "treating sick pets": "veterinarian", "treat animals": "veterinarian", "treats animals": "veterinarian", "treating animals": "veterinarian", "type up everything said in court": "court reporter", "types up everything said in court": "court reporter", "typing up everything said in court": "court reporter", "coach the high school basketball team": "coach", "coaches the high school basketball team": "coach", "coaching the high school basketball team": "coach", "coached the high school basketball team": "coach", "coach basketball": "coach", "coaches basketball": "coach", "coaching basketball": "coach", "coached basketball": "coach", "coach football": "coach", "coaches football": "coach", "coaching football": "coach", "coached football": "coach", "coach soccer": "coach", "coaches soccer": "coach", "coaching soccer": "coach", "coached soccer": "coach", "coach a team": "coach", "coaches a team": "coach", "coaching a team": "coach", "coached a team": "coach", "coach the team": "coach", "coaches the team": "coach", "coaching the team": "coach", "coached the team": "coach", "teach four year olds": "preschool teacher", "teaches four year olds": "preschool teacher", "teaching four year olds": "preschool teacher", "taught four year olds": "preschool teacher", "teach preschool": "preschool teacher", "teaches preschool": "preschool teacher", "teaching preschool": "preschool teacher", "taught preschool": "preschool teacher", "teach preschoolers": "preschool teacher", "teaches preschoolers": "preschool teacher", "teaching preschoolers": "preschool teacher", "taught preschoolers": "preschool teacher", "teach toddlers": "preschool teacher", "teaches toddlers": "preschool teacher", "teaching toddlers": "preschool teacher", "taught toddlers": "preschool teacher", "check badges": "security guard", "checks badges": "security guard", "checking badges": "security guard", "do people's tax returns": "tax preparer", "does people's tax returns": "tax preparer", "doing people's tax returns": "tax preparer", "did people's tax returns": "tax preparer", "doing tax returns": "tax preparer", "did tax returns": "tax preparer", "do peoples tax returns": "tax preparer", "does peoples tax returns": "tax preparer", "doing peoples tax returns": "tax preparer", "did peoples tax returns": "tax preparer",
	"fly helicopters": "helicopter pilot", "flies helicopters": "helicopter pilot", "flying helicopters": "helicopter pilot", "fly a helicopter": "helicopter pilot", "flies a helicopter": "helicopter pilot", "flying a helicopter": "helicopter pilot", "repair big rig trucks": "diesel mechanic", "repairs big rig trucks": "diesel mechanic", "repairing big rig trucks": "diesel mechanic", "fix big rigs": "diesel mechanic", "fixes big rigs": "diesel mechanic", "fixing big rigs": "diesel mechanic", "repair big rigs": "diesel mechanic", "repairs big rigs": "diesel mechanic", "repairing big rigs": "diesel mechanic", "repair semi trucks": "diesel mechanic", "repairs semi trucks": "diesel mechanic", "repairing semi trucks": "diesel mechanic", "fix semi trucks": "diesel mechanic", "fixes semi trucks": "diesel mechanic", "fixing semi trucks": "diesel mechanic", "repair diesel trucks": "diesel mechanic", "repairs diesel trucks": "diesel mechanic", "repairing diesel trucks": "diesel mechanic", "fix diesel trucks": "diesel mechanic", "fixes diesel trucks": "diesel mechanic", "fixing diesel trucks": "diesel mechanic", "inspect houses": "home inspector", "inspects houses": "home inspector", "inspecting houses": "home inspector", "inspect homes": "home inspector", "inspects homes": "home inspector", "inspecting homes": "home inspector", "care for elderly people": "home health aide", "cares for elderly people": "home health aide", "caring for elderly people": "home health aide", "caring for the elderly": "home health aide", "take care of elderly people": "home health aide", "takes care of elderly people": "home health aide", "taking care of elderly people": "home health aide", "taking care of the elderly": "home health aide", "help lawyers": "paralegal", "helps lawyers": "paralegal", "helping lawyers": "paralegal", "make coffee": "barista", "makes coffee": "barista", "making coffee": "barista", "make coffee drinks": "barista", "makes coffee drinks": "barista", "making coffee drinks": "barista", "make espresso drinks": "barista", "makes espresso drinks": "barista", "making espresso drinks": "barista", "teach kids with autism": "special education teacher", "teaches kids with autism": "special education teacher", "teaching kids with autism": "special education teacher", "teach special ed": "special education teacher", "teaches special ed": "special education teacher", "teaching special ed": "special education teacher", "teach special education": "special education teacher", "teaches special education": "special education teacher", "teaching special education": "special education teacher", "tell pilots": "air traffic controller", "tells pilots": "air traffic controller", "telling pilots": "air traffic controller", "tell planes": "air traffic controller", "tells planes": "air traffic controller", "telling planes": "air traffic controller", "guard a mall": "security guard", "guards a mall": "security guard", "guarding a mall": "security guard", "guard buildings": "security guard", "guards buildings": "security guard", "guarding buildings": "security guard", "train people at the gym": "personal trainer", "trains people at the gym": "personal trainer", "training people at the gym": "personal trainer", "train clients at a gym": "personal trainer", "trains clients at a gym": "personal trainer", "training clients at a gym": "personal trainer", "lead workout classes": "personal trainer", "leads workout classes": "personal trainer", "leading workout classes": "personal trainer", "teaching fitness classes": "personal trainer", "translate spanish": "interpreter", "translates spanish": "interpreter", "translating spanish": "interpreter", "translate documents": "translator", "translates documents": "translator", "translating documents": "translator", "counsel addicts": "substance abuse counselor", "counsels addicts": "substance abuse counselor", "counseling addicts": "substance abuse counselor", "counsel people who are addicted": "substance abuse counselor", "counsels people who are addicted": "substance abuse counselor", "counseling people who are addicted": "substance abuse counselor", "help people with addiction": "substance abuse counselor", "helps people with addiction": "substance abuse counselor", "helping people with addiction": "substance abuse counselor", "help addicts": "substance abuse counselor", "helps addicts": "substance abuse counselor", "helping addicts": "substance abuse counselor", "counsel people struggling with addiction": "substance abuse counselor", "counsels people struggling with addiction": "substance abuse counselor", "counseling people struggling with addiction": "substance abuse counselor", "counsel people struggling with drug addiction": "substance abuse counselor", "counsels people struggling with drug addiction": "substance abuse counselor", "counseling people struggling with drug addiction": "substance abuse counselor", "protect my company from hackers": "information security analyst", "protects my company from hackers": "information security analyst", "protecting my company from hackers": "information security analyst", "protect our company from hackers": "information security analyst", "protects our company from hackers": "information security analyst", "protecting our company from hackers": "information security analyst", "protect networks from hackers": "information security analyst", "protects networks from hackers": "information security analyst", "protecting networks from hackers": "information security analyst",
	"handle payroll": "payroll clerk", "handles payroll": "payroll clerk", "handling payroll": "payroll clerk", "do payroll": "payroll clerk", "does payroll": "payroll clerk", "doing payroll": "payroll clerk", "manage a clothing store": "store manager", "manages a clothing store": "store manager", "managing a clothing store": "store manager", "manage a retail store": "store manager", "manages a retail store": "store manager", "managing a retail store": "store manager", "manage a shop": "store manager", "manages a shop": "store manager", "managing a shop": "store manager", "run a shop": "store manager", "runs a shop": "store manager", "running a shop": "store manager", "manage a grocery store": "store manager", "manages a grocery store": "store manager", "managing a grocery store": "store manager", "hire people": "recruiter", "hires people": "recruiter", "hiring people": "recruiter", "recruit people": "recruiter", "recruits people": "recruiter", "recruiting people": "recruiter", "recruit and hire": "recruiter", "recruits and hire": "recruiter", "recruiting and hire": "recruiter", "do recruiting": "recruiter", "does recruiting": "recruiter", "doing recruiting": "recruiter", "take vitals": "medical assistant", "takes vitals": "medical assistant", "taking vitals": "medical assistant", "room patients": "medical assistant", "rooms patients": "medical assistant", "rooming patients": "medical assistant", "code patient charts": "medical coder", "codes patient charts": "medical coder", "coding patient charts": "medical coder", "do medical coding": "medical coder", "does medical coding": "medical coder", "doing medical coding": "medical coder", "code medical records": "medical coder", "codes medical records": "medical coder", "coding medical records": "medical coder", "fill prescriptions": "pharmacy technician", "fills prescriptions": "pharmacy technician", "filling prescriptions": "pharmacy technician", "count pills": "pharmacy technician", "counts pills": "pharmacy technician", "counting pills": "pharmacy technician", "watch swimmers": "lifeguard", "watches swimmers": "lifeguard", "watching swimmers": "lifeguard", "guard the pool": "lifeguard", "guards the pool": "lifeguard", "guarding the pool": "lifeguard", "test software": "software tester", "tests software": "software tester", "testing software": "software tester", "plan weddings": "wedding planner", "plans weddings": "wedding planner", "planning weddings": "wedding planner", "inspect parts": "quality inspector", "inspects parts": "quality inspector", "inspecting parts": "quality inspector", "put together car parts": "assembler", "puts together car parts": "assembler", "putting together car parts": "assembler", "assemble parts": "assembler", "assembles parts": "assembler", "assembling parts": "assembler", "assemble products": "assembler", "assembles products": "assembler", "assembling products": "assembler", "fix computers at the help desk": "help desk technician", "fixes computers at the help desk": "help desk technician", "fixing computers at the help desk": "help desk technician", "work the help desk": "help desk technician", "works the help desk": "help desk technician", "working the help desk": "help desk technician",
	"fixing cars": "auto mechanic", "fix cars": "auto mechanic", "fixes cars": "auto mechanic", "repairing cars": "auto mechanic",
	"repair cars": "auto mechanic", "repairs cars": "auto mechanic", "working on cars": "auto mechanic", "work on cars": "auto mechanic",
	"flipping burgers": "fast food cook", "flip burgers": "fast food cook", "flips burgers": "fast food cook",
	"cutting hair": "hairdresser", "cut hair": "hairdresser", "cuts hair": "hairdresser", "doing hair": "hairdresser", "does hair": "hairdresser",
	"driving trucks": "truck driver", "drive trucks": "truck driver", "drives trucks": "truck driver", "driving a truck": "truck driver", "drive a truck": "truck driver",
	"stocking shelves": "stocker", "stock shelves": "stocker", "stocks shelves": "stocker",
	"cleaning houses": "housekeeper", "clean houses": "housekeeper", "cleans houses": "housekeeper",
	"delivering packages": "delivery driver", "deliver packages": "delivery driver", "delivers packages": "delivery driver",
	"fixing computers": "computer repair technician", "fix computers": "computer repair technician", "fixes computers": "computer repair technician",
	"waiting tables": "waiter", "wait tables": "waiter", "waits tables": "waiter",
	"mowing lawns": "landscaper", "mow lawns": "landscaper", "mows lawns": "landscaper",
	"fighting fires": "firefighter", "fight fires": "firefighter", "fights fires": "firefighter",
	"flying planes": "pilot", "fly planes": "pilot", "flies planes": "pilot",
	"picking up trash": "garbage man", "picks up trash": "garbage man", "pick up trash": "garbage man",
	"garbage men": "garbage man", "trash men": "garbage man", "trash man": "garbage man", "bin men": "garbage man", "binmen": "garbage man",
	"lunch lady": "lunchroom worker", "lunch ladies": "lunchroom worker",
	"marine bio": "marine biologist", "wildlife bio": "wildlife biologist", "micro bio": "microbiologist",
	// What people say they do at work ("I drive for UPS", "I work security at a mall").
	"drive for uber": "rideshare driver", "drives for uber": "rideshare driver", "drive for lyft": "rideshare driver", "drives for lyft": "rideshare driver",
	"drive for ups": "delivery driver", "drives for ups": "delivery driver", "drive for fedex": "delivery driver", "drives for fedex": "delivery driver",
	"drive for amazon": "delivery driver", "drives for amazon": "delivery driver", "drive for doordash": "delivery driver", "drives for doordash": "delivery driver",
	"drive for instacart": "delivery driver", "drive for usps": "mail carrier", "drive for grubhub": "delivery driver",
	"driving for uber": "rideshare driver", "driving for lyft": "rideshare driver", "driving for ups": "delivery driver", "driving for fedex": "delivery driver",
	"driving for amazon": "delivery driver", "driving for doordash": "delivery driver", "driving for instacart": "delivery driver",
	"i do security": "security guard", "i do construction": "construction laborer", "i do taxes": "tax preparer",
	"work security": "security guard", "works security": "security guard",
	"work retail": "retail salesperson", "works retail": "retail salesperson",
	"work the drive thru": "fast food worker", "works the drive thru": "fast food worker", "work drive thru": "fast food worker",
	"clean offices": "janitor", "cleans offices": "janitor", "cleaning offices": "janitor", "clean buildings": "janitor", "cleans buildings": "janitor",
	"answer phones": "receptionist", "answers phones": "receptionist", "answering phones": "receptionist",
	"program the robots": "robot programmer", "programs the robots": "robot programmer", "programming the robots": "robot programmer", "program robots": "robot programmer", "programs robots": "robot programmer", "programming robots": "robot programmer", "cut carcasses": "meat cutter", "cuts carcasses": "meat cutter", "cutting carcasses": "meat cutter", "butcher meat": "meat cutter", "butchers meat": "meat cutter", "butchering meat": "meat cutter", "work in an ambulance": "emt", "works in an ambulance": "emt", "working in an ambulance": "emt", "design the layout of gardens": "landscape architect", "designs the layout of gardens": "landscape architect", "designing the layout of gardens": "landscape architect", "design gardens": "landscape architect", "designs gardens": "landscape architect", "designing gardens": "landscape architect", "design parks": "landscape architect", "designs parks": "landscape architect", "designing parks": "landscape architect", "design landscapes": "landscape architect", "designs landscapes": "landscape architect", "designing landscapes": "landscape architect", "write grant applications": "grant writer", "writes grant applications": "grant writer", "writing grant applications": "grant writer", "write grants": "grant writer", "writes grants": "grant writer", "writing grants": "grant writer", "write grant proposals": "grant writer", "writes grant proposals": "grant writer", "writing grant proposals": "grant writer", "sell surgical devices": "medical device sales representative", "sells surgical devices": "medical device sales representative", "selling surgical devices": "medical device sales representative", "sell medical devices": "medical device sales representative", "sells medical devices": "medical device sales representative", "selling medical devices": "medical device sales representative", "sell medical equipment": "medical device sales representative", "sells medical equipment": "medical device sales representative", "selling medical equipment": "medical device sales representative", "do the books": "bookkeeper", "does the books": "bookkeeper", "doing the books": "bookkeeper", "keep the books": "bookkeeper", "keeps the books": "bookkeeper", "keeping the books": "bookkeeper", "manage the books": "bookkeeper", "handle the payroll": "payroll clerk", "handles the payroll": "payroll clerk", "handling the payroll": "payroll clerk", "do the payroll": "payroll clerk", "does the payroll": "payroll clerk", "doing the payroll": "payroll clerk", "run the payroll": "payroll clerk", "process the payroll": "payroll clerk", "manages the books": "bookkeeper", "managing the books": "bookkeeper", "handle the books": "bookkeeper", "handles the books": "bookkeeper", "handling the books": "bookkeeper",
	"deliver mail": "mail carrier", "delivers mail": "mail carrier", "delivering mail": "mail carrier",
	"work on an assembly line": "assembler", "works on an assembly line": "assembler", "work on the assembly line": "assembler", "work on assembly line": "assembler",
	"does taxes": "tax preparer", "doing taxes": "tax preparer", "prepare taxes": "tax preparer", "prepares taxes": "tax preparer",
	"run a farm": "farmer", "runs a farm": "farmer", "run a small farm": "farmer", "runs a small farm": "farmer", "own a farm": "farmer",
	"babysit": "babysitter", "babysits": "babysitter", "babysitting": "babysitter",
	"work construction": "construction laborer", "works construction": "construction laborer",
	"wash dishes": "dishwasher", "washes dishes": "dishwasher", "washing dishes": "dishwasher",
	"work in a warehouse": "warehouse worker", "works in a warehouse": "warehouse worker", "work at a warehouse": "warehouse worker",
	"manage a store": "store manager", "manages a store": "store manager", "run a store": "store manager", "runs a store": "store manager",
	"manage a restaurant": "restaurant manager", "manages a restaurant": "restaurant manager", "run a restaurant": "restaurant manager",
	"sell cars": "car salesman", "sells cars": "car salesman", "selling cars": "car salesman",
	"work the register": "cashier", "works the register": "cashier", "run the register": "cashier", "runs the register": "cashier",
	"work a register": "cashier", "work register": "cashier", "on the register": "cashier", "ring people up": "cashier",
	"do peoples taxes": "tax preparer", "do people's taxes": "tax preparer", "does peoples taxes": "tax preparer", "does people's taxes": "tax preparer",
	"do tax returns": "tax preparer", "does tax returns": "tax preparer",
	"sort mail": "mail sorter", "sorts mail": "mail sorter", "sorting mail": "mail sorter",
	"fix air conditioners": "hvac technician", "fixes air conditioners": "hvac technician", "repair air conditioners": "hvac technician",
	"repairs air conditioners": "hvac technician", "fix furnaces": "hvac technician", "repair furnaces": "hvac technician",
	"watch kids": "childcare worker", "watches kids": "childcare worker", "watching kids": "childcare worker",
	"write code": "software developer", "writes code": "software developer", "writing code": "software developer", "code for a living": "software developer",
	"guard prisoners": "correctional officer", "guards prisoners": "correctional officer", "guard inmates": "correctional officer", "guards inmates": "correctional officer",
	"sell houses": "real estate agent", "sells houses": "real estate agent", "sell homes": "real estate agent", "sells homes": "real estate agent", "sell real estate": "real estate agent", "sells real estate": "real estate agent",
	"build houses": "carpenter", "builds houses": "carpenter", "build homes": "carpenter", "builds homes": "carpenter",
	"teach yoga": "yoga instructor", "teaches yoga": "yoga instructor", "teach fitness classes": "fitness instructor", "teaches fitness classes": "fitness instructor",
	"make pizzas": "pizza cook", "makes pizzas": "pizza cook", "make pizza": "pizza cook", "makes pizza": "pizza cook",
	"help the nurses": "nursing assistant", "helps the nurses": "nursing assistant", "help nurses": "nursing assistant",
	"take care of old people": "caregiver", "takes care of old people": "caregiver", "take care of the elderly": "caregiver", "takes care of the elderly": "caregiver",
	"care for the elderly": "caregiver", "cares for the elderly": "caregiver", "look after old people": "caregiver", "looks after old people": "caregiver",
	"work at a call center": "customer service representative", "works at a call center": "customer service representative", "work in a call center": "customer service representative",
	"work the front desk": "receptionist", "works the front desk": "receptionist", "work at the front desk": "receptionist", "works at the front desk": "receptionist",
	"work the floor": "retail sales associate", "works the floor": "retail sales associate", "work the sales floor": "retail sales associate", "works the sales floor": "retail sales associate",
	"help kids with special needs": "special education aide", "helps kids with special needs": "special education aide", "help children with special needs": "special education aide",
	// Work said in plain words, with its verb in each form.
	"take 911 calls": "911 dispatcher", "takes 911 calls": "911 dispatcher", "taking 911 calls": "911 dispatcher", "answer 911 calls": "911 dispatcher", "answers 911 calls": "911 dispatcher", "answering 911 calls": "911 dispatcher",
	"take blood": "phlebotomist", "takes blood": "phlebotomist", "taking blood": "phlebotomist",
	"tend bar": "bartender", "tends bar": "bartender", "tending bar": "bartender",
	"mix drinks": "bartender", "mixes drinks": "bartender", "mixing drinks": "bartender",
	"make cocktails": "bartender", "makes cocktails": "bartender", "making cocktails": "bartender",
	"mix cocktails": "bartender", "mixes cocktails": "bartender", "mixing cocktails": "bartender",
	"fix planes": "aircraft mechanic", "fixes planes": "aircraft mechanic", "fixing planes": "aircraft mechanic",
	"repair planes": "aircraft mechanic", "repairs planes": "aircraft mechanic", "repairing planes": "aircraft mechanic",
	"fix airplanes": "aircraft mechanic", "fixes airplanes": "aircraft mechanic", "fixing airplanes": "aircraft mechanic",
	"repair aircraft": "aircraft mechanic", "repairs aircraft": "aircraft mechanic", "repairing aircraft": "aircraft mechanic",
	"fix aircraft": "aircraft mechanic", "fixes aircraft": "aircraft mechanic", "fixing aircraft": "aircraft mechanic",
	"mop floors": "janitor", "mops floors": "janitor", "mopping floors": "janitor",
	"clean floors": "janitor", "cleans floors": "janitor", "cleaning floors": "janitor",
	"empty trash": "janitor", "empties trash": "janitor", "emptying trash": "janitor",
	"teach high school": "high school teacher", "teaches high school": "high school teacher", "teaching high school": "high school teacher",
	"teach middle school": "middle school teacher", "teaches middle school": "middle school teacher", "teaching middle school": "middle school teacher",
	"check patients in": "medical receptionist", "checks patients in": "medical receptionist", "checking patients in": "medical receptionist",
	"check in patients": "medical receptionist", "checks in patients": "medical receptionist", "checking in patients": "medical receptionist",
	"patrol the streets": "police officer", "patrols the streets": "police officer", "patrolling the streets": "police officer",
	"arrest people": "police officer", "arrests people": "police officer", "arresting people": "police officer",
	"make arrests": "police officer", "makes arrests": "police officer", "making arrests": "police officer",
	"respond to 911 calls": "emt", "responds to 911 calls": "emt", "responding to 911 calls": "emt",
	"ride in the ambulance": "emt", "rides in the ambulance": "emt", "riding in the ambulance": "emt",
	"ride in an ambulance": "emt", "rides in an ambulance": "emt", "riding in an ambulance": "emt",
	"ride on an ambulance": "emt", "rides on an ambulance": "emt", "riding on an ambulance": "emt",
	"work on an ambulance": "emt", "works on an ambulance": "emt", "working on an ambulance": "emt",
	"design logos": "graphic designer", "designs logos": "graphic designer", "designing logos": "graphic designer",
	"make logos": "graphic designer", "makes logos": "graphic designer", "making logos": "graphic designer",
	"bathe patients": "nursing assistant", "bathes patients": "nursing assistant", "bathing patients": "nursing assistant",
	"bathe residents": "nursing assistant", "bathes residents": "nursing assistant", "bathing residents": "nursing assistant",
	"wire houses": "electrician", "wires houses": "electrician", "wiring houses": "electrician",
	"wire new houses": "electrician", "wires new houses": "electrician", "wiring new houses": "electrician",
	"wire buildings": "electrician", "wires buildings": "electrician", "wiring buildings": "electrician",
	"frame houses": "carpenter", "frames houses": "carpenter", "framing houses": "carpenter",
	"pour concrete": "cement mason", "pours concrete": "cement mason", "pouring concrete": "cement mason",
	"finish concrete": "cement mason", "finishes concrete": "cement mason", "finishing concrete": "cement mason",
	"unclog drains": "plumber", "unclogs drains": "plumber", "unclogging drains": "plumber",
	"fix leaky pipes": "plumber", "fixes leaky pipes": "plumber", "fixing leaky pipes": "plumber",
	"fix pipes": "plumber", "fixes pipes": "plumber", "fixing pipes": "plumber",
	"fix toilets": "plumber", "fixes toilets": "plumber", "fixing toilets": "plumber",
	"install solar panels": "solar installer", "installs solar panels": "solar installer", "installing solar panels": "solar installer",
	"cut meat": "butcher", "cuts meat": "butcher", "cutting meat": "butcher",
	"pick strawberries": "farmworker", "picks strawberries": "farmworker", "picking strawberries": "farmworker",
	"pick fruit": "farmworker", "picks fruit": "farmworker", "picking fruit": "farmworker",
	"pick crops": "farmworker", "picks crops": "farmworker", "picking crops": "farmworker",
	"harvest crops": "farmworker", "harvests crops": "farmworker", "harvesting crops": "farmworker",
	"do data entry": "data entry keyer", "does data entry": "data entry keyer", "doing data entry": "data entry keyer",
	"run payroll": "payroll clerk", "runs payroll": "payroll clerk", "running payroll": "payroll clerk",
	"process payroll": "payroll clerk", "processes payroll": "payroll clerk", "processing payroll": "payroll clerk",
	"spray for bugs": "pest control worker", "sprays for bugs": "pest control worker", "spraying for bugs": "pest control worker",
	"kill bugs": "pest control worker", "kills bugs": "pest control worker", "killing bugs": "pest control worker",
	"clean teeth": "dental hygienist", "cleans teeth": "dental hygienist", "cleaning teeth": "dental hygienist",
	"build websites": "web developer", "builds websites": "web developer", "building websites": "web developer",
	"make websites": "web developer", "makes websites": "web developer", "making websites": "web developer",
	"write news stories": "reporter", "writes news stories": "reporter", "writing news stories": "reporter",
	"write for a newspaper": "reporter", "writes for a newspaper": "reporter", "writing for a newspaper": "reporter",
	"deal cards": "casino dealer", "deals cards": "casino dealer", "dealing cards": "casino dealer",
	"deal blackjack": "casino dealer", "deals blackjack": "casino dealer", "dealing blackjack": "casino dealer",
	"sew clothes": "sewing machine operator", "sews clothes": "sewing machine operator", "sewing clothes": "sewing machine operator",
	"work on an oil rig": "roustabout", "works on an oil rig": "roustabout", "working on an oil rig": "roustabout",
	"work on oil rigs": "roustabout", "works on oil rigs": "roustabout", "working on oil rigs": "roustabout",
	"drive a school bus": "school bus driver", "drives a school bus": "school bus driver", "driving a school bus": "school bus driver",
	"guard a building": "security guard", "guards a building": "security guard", "guarding a building": "security guard",
	"check ids": "security guard", "checks ids": "security guard", "checking ids": "security guard",
	"count money": "bank teller", "counts money": "bank teller", "counting money": "bank teller",
	"cash checks": "bank teller", "cashes checks": "bank teller", "cashing checks": "bank teller",
	"approve loans": "loan officer", "approves loans": "loan officer", "approving loans": "loan officer",
	"forecast the weather": "meteorologist", "forecasts the weather": "meteorologist", "forecasting the weather": "meteorologist",
	"train clients": "personal trainer", "trains clients": "personal trainer", "training clients": "personal trainer",
	"do nails": "manicurist", "does nails": "manicurist", "doing nails": "manicurist",
	"do manicures": "manicurist", "does manicures": "manicurist", "doing manicures": "manicurist",
	"embalm bodies": "embalmer", "embalms bodies": "embalmer", "embalming bodies": "embalmer",
	"tell pilots when to land": "air traffic controller", "tells pilots when to land": "air traffic controller", "telling pilots when to land": "air traffic controller",
	"direct air traffic": "air traffic controller", "directs air traffic": "air traffic controller", "directing air traffic": "air traffic controller",
	"make lattes": "barista", "makes lattes": "barista", "making lattes": "barista", "make lattes and cappuccinos": "barista", "makes lattes and cappuccinos": "barista", "making lattes and cappuccinos": "barista", "pull espresso shots": "barista", "pulls espresso shots": "barista", "pulling espresso shots": "barista", "serve coffee": "barista", "serves coffee": "barista", "serving coffee": "barista", "keep servers running": "network administrator", "keeps servers running": "network administrator", "keeping servers running": "network administrator", "keep the servers running": "network administrator", "keeps the servers running": "network administrator", "keeping the servers running": "network administrator", "keep our servers running": "network administrator", "keeps our servers running": "network administrator", "keeping our servers running": "network administrator", "keep my company's servers running": "network administrator", "keeps my company's servers running": "network administrator", "keeping my company's servers running": "network administrator", "manage servers": "network administrator", "manages servers": "network administrator", "managing servers": "network administrator", "manage our servers": "network administrator", "manages our servers": "network administrator", "managing our servers": "network administrator", "maintain our servers": "network administrator", "maintains our servers": "network administrator", "maintaining our servers": "network administrator", "manage the network": "network administrator", "manages the network": "network administrator", "managing the network": "network administrator", "maintain the network": "network administrator", "maintains the network": "network administrator", "maintaining the network": "network administrator", "maintain our network": "network administrator", "maintains our network": "network administrator", "maintaining our network": "network administrator", "keep the network running": "network administrator", "keeps the network running": "network administrator", "keeping the network running": "network administrator", "keep our network running": "network administrator", "keeps our network running": "network administrator", "keeping our network running": "network administrator", "fix the network": "network administrator", "fixes the network": "network administrator", "fixing the network": "network administrator", "manage a warehouse": "warehouse manager", "manages a warehouse": "warehouse manager", "managing a warehouse": "warehouse manager", "run a warehouse": "warehouse manager", "runs a warehouse": "warehouse manager", "running a warehouse": "warehouse manager", "manage the warehouse": "warehouse manager", "manages the warehouse": "warehouse manager", "managing the warehouse": "warehouse manager", "run the warehouse": "warehouse manager", "runs the warehouse": "warehouse manager", "running the warehouse": "warehouse manager", "manage a distribution center": "warehouse manager", "manages a distribution center": "warehouse manager", "managing a distribution center": "warehouse manager", "run a distribution center": "warehouse manager", "runs a distribution center": "warehouse manager", "running a distribution center": "warehouse manager", "supervise warehouse workers": "warehouse supervisor", "supervises warehouse workers": "warehouse supervisor", "supervising warehouse workers": "warehouse supervisor", "help people find jobs": "recruiter", "helps people find jobs": "recruiter", "helping people find jobs": "recruiter", "find candidates": "recruiter", "finds candidates": "recruiter", "finding candidates": "recruiter", "place candidates": "recruiter", "places candidates": "recruiter", "placing candidates": "recruiter", "screen resumes": "recruiter", "screens resumes": "recruiter", "screening resumes": "recruiter", "screen candidates": "recruiter", "screens candidates": "recruiter", "screening candidates": "recruiter", "source candidates": "recruiter", "sources candidates": "recruiter", "sourcing candidates": "recruiter", "fill job openings": "recruiter", "fills job openings": "recruiter", "filling job openings": "recruiter", "build dashboards": "business intelligence analyst", "builds dashboards": "business intelligence analyst", "building dashboards": "business intelligence analyst", "make dashboards": "business intelligence analyst", "makes dashboards": "business intelligence analyst", "making dashboards": "business intelligence analyst", "create dashboards": "business intelligence analyst", "creates dashboards": "business intelligence analyst", "creating dashboards": "business intelligence analyst", "build reports in tableau": "business intelligence analyst", "builds reports in tableau": "business intelligence analyst", "building reports in tableau": "business intelligence analyst", "write sql queries": "business intelligence analyst", "writes sql queries": "business intelligence analyst", "writing sql queries": "business intelligence analyst", "analyze sales data": "data analyst", "analyzes sales data": "data analyst", "analyzing sales data": "data analyst", "crunch numbers": "data analyst", "crunches numbers": "data analyst", "crunching numbers": "data analyst", "fix leaks": "plumber", "fixes leaks": "plumber", "fixing leaks": "plumber", "fix leaky faucets": "plumber", "fixes leaky faucets": "plumber", "fixing leaky faucets": "plumber", "pitch stories to journalists": "public relations specialist", "pitches stories to journalists": "public relations specialist", "pitching stories to journalists": "public relations specialist", "handle media relations": "public relations specialist", "handles media relations": "public relations specialist", "handling media relations": "public relations specialist", "care for seniors": "home health aide", "cares for seniors": "home health aide", "caring for seniors": "home health aide", "care for old people": "home health aide", "cares for old people": "home health aide", "caring for old people": "home health aide", "looking after old people": "home health aide", "look after elderly people": "home health aide", "looks after elderly people": "home health aide", "looking after elderly people": "home health aide", "watch security cameras": "security guard", "watches security cameras": "security guard", "watching security cameras": "security guard", "monitor security cameras": "security guard", "monitors security cameras": "security guard", "monitoring security cameras": "security guard", "patrol buildings": "security guard", "patrols buildings": "security guard", "patrolling buildings": "security guard", "patrol a mall": "security guard", "patrols a mall": "security guard", "patrolling a mall": "security guard", "repair excavators": "heavy equipment mechanic", "repairs excavators": "heavy equipment mechanic", "repairing excavators": "heavy equipment mechanic", "walk dogs": "dog walker", "walks dogs": "dog walker", "walking dogs": "dog walker", "load trucks": "material handler", "loads trucks": "material handler", "loading trucks": "material handler", "sort packages": "package sorter", "sorts packages": "package sorter", "sorting packages": "package sorter", "pick orders": "order picker", "picks orders": "order picker", "picking orders": "order picker", "pack boxes": "packer", "packs boxes": "packer", "packing boxes": "packer", "run a register": "cashier", "runs a register": "cashier", "running a register": "cashier", "do makeup": "makeup artist", "does makeup": "makeup artist", "doing makeup": "makeup artist", "manage projects": "project manager", "manages projects": "project manager", "managing projects": "project manager", "do accounting": "accountant", "does accounting": "accountant", "doing accounting": "accountant", "file paperwork": "file clerk", "files paperwork": "file clerk", "filing paperwork": "file clerk", "bill insurance companies": "medical biller", "bills insurance companies": "medical biller", "billing insurance companies": "medical biller", "change oil": "lube technician", "changes oil": "lube technician", "changing oil": "lube technician", "detail cars": "auto detailer", "details cars": "auto detailer", "detailing cars": "auto detailer", "fix dents": "auto body repairer", "fixes dents": "auto body repairer", "fixing dents": "auto body repairer", "hang drywall": "drywall installer", "hangs drywall": "drywall installer", "hanging drywall": "drywall installer", "survey land": "surveyor", "surveys land": "surveyor", "surveying land": "surveyor", "help patients recover movement": "physical therapist", "helps patients recover movement": "physical therapist", "helping patients recover movement": "physical therapist", "help patients recover from injuries": "physical therapist", "helps patients recover from injuries": "physical therapist", "helping patients recover from injuries": "physical therapist", "help people recover from injuries": "physical therapist", "helps people recover from injuries": "physical therapist", "helping people recover from injuries": "physical therapist",
	"pass meds": "registered nurse", "passes meds": "registered nurse", "passing meds": "registered nurse", "chart vitals": "registered nurse", "charts vitals": "registered nurse", "charting vitals": "registered nurse", "turn and feed residents": "nursing assistant", "turns and feed residents": "nursing assistant", "turning and feed residents": "nursing assistant", "take care of old people in a nursing home": "nursing assistant", "takes care of old people in a nursing home": "nursing assistant", "taking care of old people in a nursing home": "nursing assistant", "take care of residents in a nursing home": "nursing assistant", "takes care of residents in a nursing home": "nursing assistant", "taking care of residents in a nursing home": "nursing assistant", "answer phones at a call center": "customer service representative", "answers phones at a call center": "customer service representative", "answering phones at a call center": "customer service representative", "take calls at a call center": "customer service representative", "takes calls at a call center": "customer service representative", "taking calls at a call center": "customer service representative", "help students pick colleges": "school counselor", "helps students pick colleges": "school counselor", "helping students pick colleges": "school counselor", "help students apply to college": "school counselor", "helps students apply to college": "school counselor", "helping students apply to college": "school counselor", "help kids pick classes": "school counselor", "helps kids pick classes": "school counselor", "helping kids pick classes": "school counselor", "help high school students pick colleges": "school counselor", "helps high school students pick colleges": "school counselor", "helping high school students pick colleges": "school counselor", "draft documents for attorneys": "paralegal", "drafts documents for attorneys": "paralegal", "drafting documents for attorneys": "paralegal", "draft documents for the attorneys": "paralegal", "drafts documents for the attorneys": "paralegal", "drafting documents for the attorneys": "paralegal", "do research for attorneys": "paralegal", "does research for attorneys": "paralegal", "doing research for attorneys": "paralegal", "type data": "data entry keyer", "types data": "data entry keyer", "typing data": "data entry keyer", "enter data": "data entry keyer", "enters data": "data entry keyer", "entering data": "data entry keyer", "make cold calls": "telemarketer", "makes cold calls": "telemarketer", "making cold calls": "telemarketer", "call people to sell them stuff": "telemarketer", "calls people to sell them stuff": "telemarketer", "calling people to sell them stuff": "telemarketer", "design app screens": "ux designer", "designs app screens": "ux designer", "designing app screens": "ux designer", "design user flows": "ux designer", "designs user flows": "ux designer", "designing user flows": "ux designer", "design the screens": "ux designer", "designs the screens": "ux designer", "designing the screens": "ux designer", "help people find books": "librarian", "helps people find books": "librarian", "helping people find books": "librarian", "analyze dna": "forensic science technician", "analyzes dna": "forensic science technician", "analyzing dna": "forensic science technician", "investigate child abuse": "child protective services worker", "investigates child abuse": "child protective services worker", "investigating child abuse": "child protective services worker", "investigate reports of child abuse": "child protective services worker", "investigates reports of child abuse": "child protective services worker", "investigating reports of child abuse": "child protective services worker", "write news articles": "reporter", "writes news articles": "reporter", "writing news articles": "reporter", "cover city council meetings": "reporter", "covers city council meetings": "reporter", "covering city council meetings": "reporter", "work on semi truck engines": "diesel mechanic", "works on semi truck engines": "diesel mechanic", "working on semi truck engines": "diesel mechanic", "put together parts on an assembly line": "assembler", "puts together parts on an assembly line": "assembler", "putting together parts on an assembly line": "assembler", "give anesthesia": "nurse anesthetist", "gives anesthesia": "nurse anesthetist", "giving anesthesia": "nurse anesthetist", "read x-rays": "radiologist", "reads x-rays": "radiologist", "reading x-rays": "radiologist", "send out invoices": "billing clerk", "sends out invoices": "billing clerk", "sending out invoices": "billing clerk", "process invoices": "accounts payable clerk", "processes invoices": "accounts payable clerk", "processing invoices": "accounts payable clerk", "audit company books": "auditor", "audits company books": "auditor", "auditing company books": "auditor", "fix people's computers": "computer support specialist", "fixes people's computers": "computer support specialist", "fixing people's computers": "computer support specialist", "fix peoples computers": "computer support specialist", "fixes peoples computers": "computer support specialist", "fixing peoples computers": "computer support specialist", "oversee construction": "construction manager", "oversees construction": "construction manager", "overseeing construction": "construction manager", "protect our network from hackers": "information security analyst", "protects our network from hackers": "information security analyst", "protecting our network from hackers": "information security analyst", "protect the company's network": "information security analyst", "protects the company's network": "information security analyst", "protecting the company's network": "information security analyst", "set up servers": "network administrator", "sets up servers": "network administrator", "setting up servers": "network administrator", "maintain the company's servers": "network administrator", "maintains the company's servers": "network administrator", "maintaining the company's servers": "network administrator", "manage a team of software engineers": "software development manager", "manages a team of software engineers": "software development manager", "managing a team of software engineers": "software development manager", "manage software engineers": "software development manager", "manages software engineers": "software development manager", "managing software engineers": "software development manager", "design mechanical parts": "mechanical engineer", "designs mechanical parts": "mechanical engineer", "designing mechanical parts": "mechanical engineer", "handle hiring": "recruiter", "handles hiring": "recruiter", "handling hiring": "recruiter", "post job ads": "recruiter", "posts job ads": "recruiter", "posting job ads": "recruiter", "schedule interviews": "recruiter", "schedules interviews": "recruiter", "scheduling interviews": "recruiter",
	"look after toddlers": "childcare worker", "looks after toddlers": "childcare worker", "looking after toddlers": "childcare worker", "work at a daycare": "childcare worker", "works at a daycare": "childcare worker", "working at a daycare": "childcare worker", "help people with disabilities": "personal care aide", "helps people with disabilities": "personal care aide", "helping people with disabilities": "personal care aide", "repair heating and ac units": "hvac technician", "repairs heating and ac units": "hvac technician", "repairing heating and ac units": "hvac technician", "fix heating and ac": "hvac technician", "fixes heating and ac": "hvac technician", "fixing heating and ac": "hvac technician", "weld pipelines": "welder", "welds pipelines": "welder", "welding pipelines": "welder", "supervise call center reps": "call center supervisor", "supervises call center reps": "call center supervisor", "supervising call center reps": "call center supervisor", "manage a call center": "call center supervisor", "manages a call center": "call center supervisor", "managing a call center": "call center supervisor",
	"cut hair at a barbershop": "barber", "cuts hair at a barbershop": "barber", "cutting hair at a barbershop": "barber", "cut hair at a barber shop": "barber", "cuts hair at a barber shop": "barber", "cutting hair at a barber shop": "barber", "work at a barbershop": "barber", "works at a barbershop": "barber", "working at a barbershop": "barber",
	"take care of cats and dogs": "animal caretaker", "takes care of cats and dogs": "animal caretaker", "taking care of cats and dogs": "animal caretaker", "took care of cats and dogs": "animal caretaker", "take care of animals": "animal caretaker", "takes care of animals": "animal caretaker", "taking care of animals": "animal caretaker", "took care of animals": "animal caretaker", "take care of dogs": "animal caretaker", "takes care of dogs": "animal caretaker", "taking care of dogs": "animal caretaker", "took care of dogs": "animal caretaker", "take care of pets": "animal caretaker", "takes care of pets": "animal caretaker", "taking care of pets": "animal caretaker", "took care of pets": "animal caretaker", "take care of people's pets": "animal caretaker", "takes care of people's pets": "animal caretaker", "taking care of people's pets": "animal caretaker", "took care of people's pets": "animal caretaker", "care for animals": "animal caretaker", "cares for animals": "animal caretaker", "caring for animals": "animal caretaker", "cared for animals": "animal caretaker", "care for pets": "animal caretaker", "cares for pets": "animal caretaker", "caring for pets": "animal caretaker", "cared for pets": "animal caretaker", "feed animals": "animal caretaker", "feeds animals": "animal caretaker", "feeding animals": "animal caretaker", "fed animals": "animal caretaker", "groom dogs": "animal caretaker", "grooms dogs": "animal caretaker", "grooming dogs": "animal caretaker", "groomed dogs": "animal caretaker", "groom pets": "animal caretaker", "grooms pets": "animal caretaker", "grooming pets": "animal caretaker", "groomed pets": "animal caretaker", "treat sick cats and dogs": "veterinarian", "treats sick cats and dogs": "veterinarian", "treating sick cats and dogs": "veterinarian", "treated sick cats and dogs": "veterinarian", "treat cats and dogs": "veterinarian", "treats cats and dogs": "veterinarian", "treating cats and dogs": "veterinarian", "treated cats and dogs": "veterinarian", "patrol a neighborhood": "police officer", "patrols a neighborhood": "police officer", "patrolling a neighborhood": "police officer", "patrolled a neighborhood": "police officer", "dispatch police and ambulances": "911 dispatcher", "dispatches police and ambulances": "911 dispatcher", "dispatching police and ambulances": "911 dispatcher", "dispatched police and ambulances": "911 dispatcher", "counsel people with addictions": "substance abuse counselor", "counsels people with addictions": "substance abuse counselor", "counseling people with addictions": "substance abuse counselor", "counseled people with addictions": "substance abuse counselor", "reset passwords": "help desk technician", "resets passwords": "help desk technician", "resetting passwords": "help desk technician",
	"help customers on the phone": "customer service representative", "helps customers on the phone": "customer service representative", "helping customers on the phone": "customer service representative", "helped customers on the phone": "customer service representative", "helped customers over the phone": "customer service representative", "help customers with billing problems": "customer service representative", "helps customers with billing problems": "customer service representative", "helping customers with billing problems": "customer service representative", "helped customers with billing problems": "customer service representative", "handle billing questions": "customer service representative", "handles billing questions": "customer service representative", "handling billing questions": "customer service representative", "handled billing questions": "customer service representative", "fix people's teeth": "dentist", "fixes people's teeth": "dentist", "fixing people's teeth": "dentist", "fixed people's teeth": "dentist", "fixed teeth": "dentist", "do fillings": "dentist", "does fillings": "dentist", "doing fillings": "dentist", "did fillings": "dentist", "do root canals": "dentist", "does root canals": "dentist", "doing root canals": "dentist", "did root canals": "dentist", "fill cavities": "dentist", "fills cavities": "dentist", "filling cavities": "dentist", "filled cavities": "dentist",
	"patrol streets": "police officer", "patrols streets": "police officer", "patrolling streets": "police officer", "patrolled streets": "police officer", "patrol city streets": "police officer", "patrols city streets": "police officer", "patrolling city streets": "police officer", "patrolled city streets": "police officer",
	"patrol neighborhoods": "police officer", "patrols neighborhoods": "police officer", "patrolling neighborhoods": "police officer", "patrolled neighborhoods": "police officer", "patrol the neighborhood": "police officer", "patrols the neighborhood": "police officer", "patrolling the neighborhood": "police officer", "patrolled the neighborhood": "police officer", "patrol a beat": "police officer", "patrols a beat": "police officer", "patrolling a beat": "police officer", "patrolled a beat": "police officer", "patrol my beat": "police officer", "patrols my beat": "police officer", "patrolling my beat": "police officer", "patrolled my beat": "police officer", "patrol the city": "police officer", "patrols the city": "police officer", "patrolling the city": "police officer", "patrolled the city": "police officer",
	"send out police and ambulances": "911 dispatcher", "sends out police and ambulances": "911 dispatcher", "sending out police and ambulances": "911 dispatcher", "sended out police and ambulances": "911 dispatcher", "send police and ambulances": "911 dispatcher", "sends police and ambulances": "911 dispatcher", "sending police and ambulances": "911 dispatcher", "sended police and ambulances": "911 dispatcher", "send out ambulances": "911 dispatcher", "sends out ambulances": "911 dispatcher", "sending out ambulances": "911 dispatcher", "sended out ambulances": "911 dispatcher",
	"drive a big rig": "tractor trailer driver", "drives a big rig": "tractor trailer driver", "driving a big rig": "tractor trailer driver",
	"drive big rigs": "tractor trailer driver", "drives big rigs": "tractor trailer driver", "driving big rigs": "tractor trailer driver",
	"file taxes": "tax preparer", "files taxes": "tax preparer", "filing taxes": "tax preparer",
	"help people file their taxes": "tax preparer", "helps people file their taxes": "tax preparer", "helping people file their taxes": "tax preparer",
	"help people with their taxes": "tax preparer", "helps people with their taxes": "tax preparer", "helping people with their taxes": "tax preparer",
	"file their taxes": "tax preparer", "file people's taxes": "tax preparer", "filing their taxes": "tax preparer",
	"make prescription glasses": "optician", "makes prescription glasses": "optician", "making prescription glasses": "optician",
	"repair airplane engines": "aircraft mechanic", "repairs airplane engines": "aircraft mechanic", "repairing airplane engines": "aircraft mechanic",
	"fix airplane engines": "aircraft mechanic", "fixes airplane engines": "aircraft mechanic", "fixing airplane engines": "aircraft mechanic",
	"repair aircraft engines": "aircraft mechanic", "repairs aircraft engines": "aircraft mechanic", "repairing aircraft engines": "aircraft mechanic",
	"repair jet engines": "aircraft mechanic", "repairs jet engines": "aircraft mechanic", "repairing jet engines": "aircraft mechanic",
	"repair pipes": "plumber", "repairs pipes": "plumber", "repairing pipes": "plumber",
	"prepare tax returns": "tax preparer", "prepares tax returns": "tax preparer", "preparing tax returns": "tax preparer",
	"put out fires": "firefighter", "puts out fires": "firefighter", "putting out fires": "firefighter",
	"fit glasses": "optician", "fits glasses": "optician", "fitting glasses": "optician",
	"check eyes": "optometrist", "checks eyes": "optometrist", "checking eyes": "optometrist", "examine eyes": "optometrist", "examines eyes": "optometrist",
	"examining eyes": "optometrist",
	"fit eyeglasses": "optician", "fits eyeglasses": "optician", "fitting eyeglasses": "optician",
	// qa103's descriptions.
	"put braces on": "orthodontist", "puts braces on": "orthodontist", "putting braces on": "orthodontist", "put on braces": "orthodontist", "puts on braces": "orthodontist",
	"do braces": "orthodontist", "does braces": "orthodontist", "doing braces": "orthodontist", "fix braces": "orthodontist", "fixes braces": "orthodontist", "fixing braces": "orthodontist",
	"fix teeth braces": "orthodontist", "fixes teeth braces": "orthodontist", "adjust braces": "orthodontist", "adjusts braces": "orthodontist", "adjusting braces": "orthodontist",
	"straighten teeth": "orthodontist", "straightens teeth": "orthodontist", "straightening teeth": "orthodontist", "straighten crooked teeth": "orthodontist", "straightens crooked teeth": "orthodontist",
	"check houses": "home inspector", "checks houses": "home inspector", "checking houses": "home inspector", "check homes": "home inspector", "checks homes": "home inspector", "checking homes": "home inspector",
	// "look after" is read as "care for" (clean).
	"care for other people's kids": "childcare worker", "cares for other people's kids": "childcare worker", "caring for other people's kids": "childcare worker",
	"care for other people's children": "childcare worker", "cares for other people's children": "childcare worker", "caring for other people's children": "childcare worker",
	"prepare bodies for funerals": "embalmer", "prepares bodies for funerals": "embalmer", "preparing bodies for funerals": "embalmer",
	"screen luggage": "transportation security screener", "screens luggage": "transportation security screener", "screening luggage": "transportation security screener",
	// qa104's descriptions ("put … on" is read as "install", putSaid).
	"install braces": "orthodontist", "installs braces": "orthodontist", "installing braces": "orthodontist",
	"answer the phone when you call 911": "911 operator", "answers the phone when you call 911": "911 operator", "answering the phone when you call 911": "911 operator",
	"do sign language": "sign language interpreter", "does sign language": "sign language interpreter", "doing sign language": "sign language interpreter",
	"interpret sign language": "sign language interpreter", "interprets sign language": "sign language interpreter", "interpreting sign language": "sign language interpreter",
	"sign for deaf people": "sign language interpreter", "signs for deaf people": "sign language interpreter", "signing for deaf people": "sign language interpreter",
	"teach pre-k": "preschool teacher", "teaches pre-k": "preschool teacher", "teaching pre-k": "preschool teacher",
	"teach little kids before they start kindergarten": "preschool teacher", "teaches little kids before they start kindergarten": "preschool teacher", "teaching little kids before they start kindergarten": "preschool teacher",
	"teach kids before kindergarten": "preschool teacher", "teaches kids before kindergarten": "preschool teacher", "teach little kids before kindergarten": "preschool teacher",
	"do open heart surgery": "cardiac surgeon", "does open heart surgery": "cardiac surgeon", "doing open heart surgery": "cardiac surgeon",
	"do heart surgery": "cardiac surgeon", "does heart surgery": "cardiac surgeon", "doing heart surgery": "cardiac surgeon",
	"operate on hearts": "cardiac surgeon", "operates on hearts": "cardiac surgeon", "operating on hearts": "cardiac surgeon",
	"hold the stop sign": "flagger", "holds the stop sign": "flagger", "holding the stop sign": "flagger",
	"hold the stop/slow sign": "flagger", "holds the stop/slow sign": "flagger", "holding the stop/slow sign": "flagger",
	"hold the stop slow sign": "flagger", "holds the stop slow sign": "flagger", "holding the stop slow sign": "flagger",
	"hold a stop sign": "flagger", "holds a stop sign": "flagger", "holding a stop sign": "flagger",
	"flag traffic": "flagger", "flags traffic": "flagger", "flagging traffic": "flagger",
	"park planes": "ramp agent", "parks planes": "ramp agent", "parking planes": "ramp agent",
	"wave the orange sticks to park planes": "ramp agent", "waves the orange sticks to park planes": "ramp agent", "waving the orange sticks to park planes": "ramp agent",
	"wave the orange sticks": "ramp agent", "waves the orange sticks": "ramp agent", "waving the orange sticks": "ramp agent", "waves orange sticks": "ramp agent",
	"wave planes in": "ramp agent", "waves planes in": "ramp agent", "waving planes in": "ramp agent",
	"hem pants": "alteration tailor", "hems pants": "alteration tailor", "hemming pants": "alteration tailor",
	"alter clothes": "alteration tailor", "alters clothes": "alteration tailor", "altering clothes": "alteration tailor",
	"do alterations": "alteration tailor", "does alterations": "alteration tailor", "doing alterations": "alteration tailor",
	"decorate the inside of houses": "interior decorator", "decorates the inside of houses": "interior decorator", "decorating the inside of houses": "interior decorator",
	"decorate the inside of homes": "interior decorator", "decorates the inside of homes": "interior decorator", "decorating the inside of homes": "interior decorator",
	"check in deliveries": "receiving clerk", "checks in deliveries": "receiving clerk", "checking in deliveries": "receiving clerk",
	"receive deliveries": "receiving clerk", "receives deliveries": "receiving clerk", "receiving deliveries": "receiving clerk",
	"check parts for defects": "quality inspector", "checks parts for defects": "quality inspector", "checking parts for defects": "quality inspector",
	"check parts coming off the line": "quality inspector", "checks parts coming off the line": "quality inspector", "checking parts coming off the line": "quality inspector",
	"look at cells under a microscope": "cytotechnologist", "looks at cells under a microscope": "cytotechnologist", "looking at cells under a microscope": "cytotechnologist",
	"examine cells under a microscope": "cytotechnologist", "examines cells under a microscope": "cytotechnologist", "examining cells under a microscope": "cytotechnologist",
	"print newspapers": "printing press operator", "prints newspapers": "printing press operator", "printing newspapers": "printing press operator",
	"count deer": "wildlife biologist", "counts deer": "wildlife biologist", "counting deer": "wildlife biologist",
	"track animals in the woods": "wildlife biologist", "tracks animals in the woods": "wildlife biologist", "tracking animals in the woods": "wildlife biologist",
	"help deliver babies": "nurse midwife", "helps deliver babies": "nurse midwife", "helping deliver babies": "nurse midwife",
	// "a help desk job": no help asked, and no desk job.
	"help desk job": "help desk technician", "help desk jobs": "help desk technicians", "help desk work": "help desk technician", "help desk role": "help desk technician", "help desk position": "help desk technician",
	// qa105's descriptions.
	"drive the big rigs": "tractor trailer driver", "drives the big rigs": "tractor trailer driver", "driving the big rigs": "tractor trailer driver",
	"read meters": "meter reader", "reads meters": "meter reader", "reading meters": "meter reader", "read the meters": "meter reader", "reads the meters": "meter reader",
	"reads the gas and water meters": "meter reader", "read the gas and water meters": "meter reader", "reads gas meters": "meter reader", "reads water meters": "meter reader",
	"decides if you get a mortgage": "loan officer", "decide if you get a mortgage": "loan officer", "approve mortgages": "loan officer", "approves mortgages": "loan officer", "approving mortgages": "loan officer",
	"decides if you get a loan":  "loan officer",
	"help people do their taxes": "tax preparer", "helps people do their taxes": "tax preparer", "helping people do their taxes": "tax preparer",
	"help people with depression": "mental health counselor", "helps people with depression": "mental health counselor", "helping people with depression": "mental health counselor",
	"help people with anxiety": "mental health counselor", "helps people with anxiety": "mental health counselor", "helping people with anxiety": "mental health counselor",
	"help people with depression and anxiety": "mental health counselor", "helps people with depression and anxiety": "mental health counselor",
	"teach dogs": "animal trainer", "teaches dogs": "animal trainer", "teaching dogs": "animal trainer", "train dogs": "animal trainer", "trains dogs": "animal trainer", "training dogs": "animal trainer",
	"help women deliver babies": "nurse midwife", "helps women deliver babies": "nurse midwife", "helping women deliver babies": "nurse midwife",
	"checks out a house before you buy it": "home inspector", "check out a house before you buy it": "home inspector", "checks out houses": "home inspector", "check out houses": "home inspector",
	"help students figure out what careers": "career counselor", "helps students figure out what careers": "career counselor", "helping students figure out what careers": "career counselor",
	"help students pick a career": "career counselor", "helps students pick a career": "career counselor", "help students choose a career": "career counselor", "helps students choose a career": "career counselor",
	"study the weather": "meteorologist", "studies the weather": "meteorologist", "studying the weather": "meteorologist", "do forecasts": "meteorologist",
	"climb power lines": "lineman", "climbs power lines": "lineman", "climbing power lines": "lineman", "fix power lines": "lineman", "fixes power lines": "lineman", "fixing power lines": "lineman", "repair power lines": "lineman", "repairs power lines": "lineman", "repairing power lines": "lineman", "climb the power lines": "lineman", "climbs the power lines": "lineman", "climbing the power lines": "lineman", "fix the power lines": "lineman", "fixes the power lines": "lineman", "fixing the power lines": "lineman", "repair the power lines": "lineman", "repairs the power lines": "lineman", "repairing the power lines": "lineman", "climb electrical lines": "lineman", "climbs electrical lines": "lineman", "climbing electrical lines": "lineman", "fix electrical lines": "lineman", "fixes electrical lines": "lineman", "fixing electrical lines": "lineman", "repair electrical lines": "lineman", "repairs electrical lines": "lineman", "repairing electrical lines": "lineman", "climb electric lines": "lineman", "climbs electric lines": "lineman", "climbing electric lines": "lineman", "fix electric lines": "lineman", "fixes electric lines": "lineman", "fixing electric lines": "lineman", "repair electric lines": "lineman", "repairs electric lines": "lineman", "repairing electric lines": "lineman", "dig dinosaur bones": "paleontologist", "digs dinosaur bones": "paleontologist", "digging dinosaur bones": "paleontologist", "dig up dinosaur bones": "paleontologist", "digs up dinosaur bones": "paleontologist", "digging up dinosaur bones": "paleontologist", "dig fossils": "paleontologist", "digs fossils": "paleontologist", "digging fossils": "paleontologist", "dig up fossils": "paleontologist", "digs up fossils": "paleontologist", "digging up fossils": "paleontologist", "dig up old artifacts": "archaeologist", "digs up old artifacts": "archaeologist", "digging up old artifacts": "archaeologist", "dig for artifacts": "archaeologist", "digs for artifacts": "archaeologist", "digging for artifacts": "archaeologist", "dig up ancient ruins": "archaeologist", "digs up ancient ruins": "archaeologist", "digging up ancient ruins": "archaeologist", "predict the weather": "meteorologist", "predicts the weather": "meteorologist", "predicting the weather": "meteorologist",
	"develop new medicines": "medical scientist", "develops new medicines": "medical scientist", "developing new medicines": "medical scientist", "invent new medicines": "medical scientist", "invents new medicines": "medical scientist", "inventing new medicines": "medical scientist", "develop medicines": "medical scientist", "develops medicines": "medical scientist", "developing medicines": "medical scientist", "invent medicines": "medical scientist", "invents medicines": "medical scientist", "inventing medicines": "medical scientist", "develop new drugs": "medical scientist", "develops new drugs": "medical scientist", "developing new drugs": "medical scientist", "invent new drugs": "medical scientist", "invents new drugs": "medical scientist", "inventing new drugs": "medical scientist", "develop new medications": "medical scientist", "develops new medications": "medical scientist", "developing new medications": "medical scientist", "invent new medications": "medical scientist", "invents new medications": "medical scientist", "inventing new medications": "medical scientist", "develop new medicine": "medical scientist", "develops new medicine": "medical scientist", "developing new medicine": "medical scientist", "invent new medicine": "medical scientist", "invents new medicine": "medical scientist", "inventing new medicine": "medical scientist", "develop cures for diseases": "medical scientist", "develops cures for diseases": "medical scientist", "developing cures for diseases": "medical scientist", "invent cures for diseases": "medical scientist", "invents cures for diseases": "medical scientist", "inventing cures for diseases": "medical scientist", "develop vaccines": "medical scientist", "develops vaccines": "medical scientist", "developing vaccines": "medical scientist", "invent vaccines": "medical scientist", "invents vaccines": "medical scientist", "inventing vaccines": "medical scientist", "develop new vaccines": "medical scientist", "develops new vaccines": "medical scientist", "developing new vaccines": "medical scientist", "invent new vaccines": "medical scientist", "invents new vaccines": "medical scientist", "inventing new vaccines": "medical scientist", "study how diseases spread": "epidemiologist", "studies how diseases spread": "epidemiologist", "studying how diseases spread": "epidemiologist", "track how diseases spread": "epidemiologist", "tracks how diseases spread": "epidemiologist", "tracking how diseases spread": "epidemiologist", "study how disease spreads": "epidemiologist", "studies how disease spreads": "epidemiologist", "studying how disease spreads": "epidemiologist", "track how disease spreads": "epidemiologist", "tracks how disease spreads": "epidemiologist", "tracking how disease spreads": "epidemiologist", "study diseases": "epidemiologist", "studies diseases": "epidemiologist", "studying diseases": "epidemiologist", "track diseases": "epidemiologist", "tracks diseases": "epidemiologist", "tracking diseases": "epidemiologist", "study disease outbreaks": "epidemiologist", "studies disease outbreaks": "epidemiologist", "studying disease outbreaks": "epidemiologist", "track disease outbreaks": "epidemiologist", "tracks disease outbreaks": "epidemiologist", "tracking disease outbreaks": "epidemiologist", "study outbreaks": "epidemiologist", "studies outbreaks": "epidemiologist", "studying outbreaks": "epidemiologist", "track outbreaks": "epidemiologist", "tracks outbreaks": "epidemiologist", "tracking outbreaks": "epidemiologist", "study epidemics": "epidemiologist", "studies epidemics": "epidemiologist", "studying epidemics": "epidemiologist", "track epidemics": "epidemiologist", "tracks epidemics": "epidemiologist", "tracking epidemics": "epidemiologist", "study pandemics": "epidemiologist", "studies pandemics": "epidemiologist", "studying pandemics": "epidemiologist", "track pandemics": "epidemiologist", "tracks pandemics": "epidemiologist", "tracking pandemics": "epidemiologist",
	"research how diseases spread": "epidemiologist", "researches how diseases spread": "epidemiologist", "researching how diseases spread": "epidemiologist", "research diseases spread": "epidemiologist", "researches diseases spread": "epidemiologist", "researching diseases spread": "epidemiologist", "research how disease spreads": "epidemiologist", "researches how disease spreads": "epidemiologist", "researching how disease spreads": "epidemiologist", "research disease outbreaks": "epidemiologist", "researches disease outbreaks": "epidemiologist", "researching disease outbreaks": "epidemiologist", "research outbreaks": "epidemiologist", "researches outbreaks": "epidemiologist", "researching outbreaks": "epidemiologist", "research epidemics": "epidemiologist", "researches epidemics": "epidemiologist", "researching epidemics": "epidemiologist",
	"study wild animals": "zoologist", "studies wild animals": "zoologist", "studying wild animals": "zoologist", "study wild animals in the field": "zoologist", "studies wild animals in the field": "zoologist", "studying wild animals in the field": "zoologist", "study animals in the wild": "zoologist", "studies animals in the wild": "zoologist", "studying animals in the wild": "zoologist", "collect tickets on trains": "train conductor", "collects tickets on trains": "train conductor", "collecting tickets on trains": "train conductor", "collect tickets on the train": "train conductor", "collects tickets on the train": "train conductor", "collecting tickets on the train": "train conductor", "collect train tickets": "train conductor", "collects train tickets": "train conductor", "collecting train tickets": "train conductor", "run the train crew": "train conductor", "runs the train crew": "train conductor", "running the train crew": "train conductor", "run a train crew": "train conductor", "runs a train crew": "train conductor", "running a train crew": "train conductor", "run the train": "train conductor", "runs the train": "train conductor", "running the train": "train conductor", "decide whether to give you insurance": "insurance underwriter", "decides whether to give you insurance": "insurance underwriter", "deciding whether to give you insurance": "insurance underwriter", "decide who gets insurance": "insurance underwriter", "decides who gets insurance": "insurance underwriter", "deciding who gets insurance": "insurance underwriter", "decide whether to insure": "insurance underwriter", "decides whether to insure": "insurance underwriter", "deciding whether to insure": "insurance underwriter", "decide if you get insurance": "insurance underwriter", "decides if you get insurance": "insurance underwriter", "deciding if you get insurance": "insurance underwriter", "price insurance": "insurance underwriter", "prices insurance": "insurance underwriter", "pricing insurance": "insurance underwriter", "help people plan their retirement": "financial advisor", "helps people plan their retirement": "financial advisor", "helping people plan their retirement": "financial advisor", "help people plan for retirement": "financial advisor", "helps people plan for retirement": "financial advisor", "helping people plan for retirement": "financial advisor", "help people plan their retirement money": "financial advisor", "helps people plan their retirement money": "financial advisor", "helping people plan their retirement money": "financial advisor", "help people invest": "financial advisor", "helps people invest": "financial advisor", "helping people invest": "financial advisor", "help people invest their money": "financial advisor", "helps people invest their money": "financial advisor", "helping people invest their money": "financial advisor", "help people with their investments": "financial advisor", "helps people with their investments": "financial advisor", "helping people with their investments": "financial advisor", "plan retirement money": "financial advisor", "plans retirement money": "financial advisor", "planning retirement money": "financial advisor", "plan people's retirement": "financial advisor", "plans people's retirement": "financial advisor", "planning people's retirement": "financial advisor", "plan for people's retirement": "financial advisor", "plans for people's retirement": "financial advisor", "planning for people's retirement": "financial advisor", "invest people's money": "financial advisor", "invests people's money": "financial advisor", "investing people's money": "financial advisor", "invest other people's money": "financial advisor", "invests other people's money": "financial advisor", "investing other people's money": "financial advisor", "wash dogs": "dog groomer", "washes dogs": "dog groomer", "washing dogs": "dog groomer", "wash and cut dogs": "dog groomer", "washes and cut dogs": "dog groomer", "washing and cut dogs": "dog groomer", "wash and cuts dogs' fur": "dog groomer", "washes and cuts dogs' fur": "dog groomer", "washing and cuts dogs' fur": "dog groomer", "wash and cut dogs' fur": "dog groomer", "washes and cut dogs' fur": "dog groomer", "washing and cut dogs' fur": "dog groomer", "wash dogs and cut their fur": "dog groomer", "washes dogs and cut their fur": "dog groomer", "washing dogs and cut their fur": "dog groomer", "wash pets": "dog groomer", "washes pets": "dog groomer", "washing pets": "dog groomer", "cut dogs' fur": "dog groomer", "cuts dogs' fur": "dog groomer", "cutting dogs' fur": "dog groomer", "cut dog fur": "dog groomer", "cuts dog fur": "dog groomer", "cutting dog fur": "dog groomer", "cut dogs' hair": "dog groomer", "cuts dogs' hair": "dog groomer", "cutting dogs' hair": "dog groomer", "cut dog hair": "dog groomer", "cuts dog hair": "dog groomer", "cutting dog hair": "dog groomer", "fix cars' engines": "auto mechanic", "fixes cars' engines": "auto mechanic", "fixing cars' engines": "auto mechanic", "fix car engines": "auto mechanic", "fixes car engines": "auto mechanic", "fixing car engines": "auto mechanic", "fix cars' brakes": "auto mechanic", "fixes cars' brakes": "auto mechanic", "fixing cars' brakes": "auto mechanic", "fix car brakes": "auto mechanic", "fixes car brakes": "auto mechanic", "fixing car brakes": "auto mechanic", "fix brakes": "auto mechanic", "fixes brakes": "auto mechanic", "fixing brakes": "auto mechanic", "fix engines and brakes": "auto mechanic", "fixes engines and brakes": "auto mechanic", "fixing engines and brakes": "auto mechanic", "fix cars' engines and brakes": "auto mechanic", "fixes cars' engines and brakes": "auto mechanic", "fixing cars' engines and brakes": "auto mechanic", "help people learn to walk again": "physical therapist", "helps people learn to walk again": "physical therapist", "helping people learn to walk again": "physical therapist", "help people walk again": "physical therapist", "helps people walk again": "physical therapist", "helping people walk again": "physical therapist", "help patients walk again": "physical therapist", "helps patients walk again": "physical therapist", "helping patients walk again": "physical therapist", "help patients learn to walk again": "physical therapist", "helps patients learn to walk again": "physical therapist", "helping patients learn to walk again": "physical therapist", "x-ray your bags": "transportation security screener", "x-rays your bags": "transportation security screener", "x-raying your bags": "transportation security screener", "x-ray bags": "transportation security screener", "x-rays bags": "transportation security screener", "x-raying bags": "transportation security screener", "x-ray luggage": "transportation security screener", "x-rays luggage": "transportation security screener", "x-raying luggage": "transportation security screener", "x-ray your luggage": "transportation security screener", "x-rays your luggage": "transportation security screener", "x-raying your luggage": "transportation security screener", "scan bags at the airport": "transportation security screener", "scans bags at the airport": "transportation security screener", "scanning bags at the airport": "transportation security screener", "scan luggage at the airport": "transportation security screener", "scans luggage at the airport": "transportation security screener", "scanning luggage at the airport": "transportation security screener", "scan your bags at the airport": "transportation security screener", "scans your bags at the airport": "transportation security screener", "scanning your bags at the airport": "transportation security screener", "help kids figure out what college": "school counselor", "helps kids figure out what college": "school counselor", "helping kids figure out what college": "school counselor", "help kids pick a college": "school counselor", "helps kids pick a college": "school counselor", "helping kids pick a college": "school counselor", "help kids choose a college": "school counselor", "helps kids choose a college": "school counselor", "helping kids choose a college": "school counselor", "help students pick a college": "school counselor", "helps students pick a college": "school counselor", "helping students pick a college": "school counselor", "help students choose a college": "school counselor", "helps students choose a college": "school counselor", "helping students choose a college": "school counselor", "help kids apply to college": "school counselor", "helps kids apply to college": "school counselor", "helping kids apply to college": "school counselor", "help kids figure out college": "school counselor", "helps kids figure out college": "school counselor", "helping kids figure out college": "school counselor", "inspect farm products": "agricultural inspector", "inspects farm products": "agricultural inspector", "inspecting farm products": "agricultural inspector", "inspect meat": "agricultural inspector", "inspects meat": "agricultural inspector", "inspecting meat": "agricultural inspector", "inspect meat and poultry": "agricultural inspector", "inspects meat and poultry": "agricultural inspector", "inspecting meat and poultry": "agricultural inspector", "inspect food for the government": "agricultural inspector", "inspects food for the government": "agricultural inspector", "inspecting food for the government": "agricultural inspector", "inspect crops": "agricultural inspector", "inspects crops": "agricultural inspector", "inspecting crops": "agricultural inspector", "do surgery on people's hearts": "cardiac surgeon", "does surgery on people's hearts": "cardiac surgeon", "doing surgery on people's hearts": "cardiac surgeon", "do surgery on hearts": "cardiac surgeon", "does surgery on hearts": "cardiac surgeon", "doing surgery on hearts": "cardiac surgeon", "do heart surgeries": "cardiac surgeon", "does heart surgeries": "cardiac surgeon", "doing heart surgeries": "cardiac surgeon", "operate on people's hearts": "cardiac surgeon", "operates on people's hearts": "cardiac surgeon", "operating on people's hearts": "cardiac surgeon", "make sure workplaces follow safety rules": "occupational health and safety specialist", "makes sure workplaces follow safety rules": "occupational health and safety specialist", "making sure workplaces follow safety rules": "occupational health and safety specialist", "make sure workplaces are safe": "occupational health and safety specialist", "makes sure workplaces are safe": "occupational health and safety specialist", "making sure workplaces are safe": "occupational health and safety specialist", "make sure work sites are safe": "occupational health and safety specialist", "makes sure work sites are safe": "occupational health and safety specialist", "making sure work sites are safe": "occupational health and safety specialist", "enforce workplace safety": "occupational health and safety specialist", "enforces workplace safety": "occupational health and safety specialist", "enforcing workplace safety": "occupational health and safety specialist", "enforce safety rules at work": "occupational health and safety specialist", "enforces safety rules at work": "occupational health and safety specialist", "enforcing safety rules at work": "occupational health and safety specialist", "enforce osha rules": "occupational health and safety specialist", "enforces osha rules": "occupational health and safety specialist", "enforcing osha rules": "occupational health and safety specialist", "inspect workplaces for safety": "occupational health and safety specialist", "inspects workplaces for safety": "occupational health and safety specialist", "inspecting workplaces for safety": "occupational health and safety specialist", "inspect workplaces": "occupational health and safety specialist", "inspects workplaces": "occupational health and safety specialist", "inspecting workplaces": "occupational health and safety specialist", "teach you to drive": "driving instructor", "teaches you to drive": "driving instructor", "teaching you to drive": "driving instructor", "teach people to drive": "driving instructor", "teaches people to drive": "driving instructor", "teaching people to drive": "driving instructor", "teach teens to drive": "driving instructor", "teaches teens to drive": "driving instructor", "teaching teens to drive": "driving instructor", "teach kids to drive": "driving instructor", "teaches kids to drive": "driving instructor", "teaching kids to drive": "driving instructor", "teach driving": "driving instructor", "teaches driving": "driving instructor", "teaching driving": "driving instructor", "teach drivers ed": "driving instructor", "teaches drivers ed": "driving instructor", "teaching drivers ed": "driving instructor", "teach driver's ed": "driving instructor", "teaches driver's ed": "driving instructor", "teaching driver's ed": "driving instructor", "work the drive-thru": "fast food worker", "works the drive-thru": "fast food worker", "working the drive-thru": "fast food worker", "work the drive-thru window": "fast food worker", "works the drive-thru window": "fast food worker", "working the drive-thru window": "fast food worker", "working the drive thru": "fast food worker", "work the drive thru window": "fast food worker", "works the drive thru window": "fast food worker", "working the drive thru window": "fast food worker", "work a drive-thru": "fast food worker", "works a drive-thru": "fast food worker", "working a drive-thru": "fast food worker", "work at a drive-thru": "fast food worker", "works at a drive-thru": "fast food worker", "working at a drive-thru": "fast food worker", "work the drive through": "fast food worker", "works the drive through": "fast food worker", "working the drive through": "fast food worker",
	"research wild animals": "zoologist", "researches wild animals": "zoologist", "researching wild animals": "zoologist", "research wild animals in the field": "zoologist", "researches wild animals in the field": "zoologist", "researching wild animals in the field": "zoologist", "research wildlife": "zoologist", "researches wildlife": "zoologist", "researching wildlife": "zoologist", "research animals in the wild": "zoologist", "researches animals in the wild": "zoologist", "researching animals in the wild": "zoologist",
	"pull wisdom teeth": "oral surgeon", "pulls wisdom teeth": "oral surgeon", "pulling wisdom teeth": "oral surgeon", "pull teeth and does jaw surgery": "oral surgeon", "pulls teeth and does jaw surgery": "oral surgeon", "pulling teeth and does jaw surgery": "oral surgeon", "pull wisdom teeth and does jaw surgery": "oral surgeon", "pulls wisdom teeth and does jaw surgery": "oral surgeon", "pulling wisdom teeth and does jaw surgery": "oral surgeon", "pull wisdom teeth and do jaw surgery": "oral surgeon", "pulls wisdom teeth and do jaw surgery": "oral surgeon", "pulling wisdom teeth and do jaw surgery": "oral surgeon", "do jaw surgery": "oral surgeon", "does jaw surgery": "oral surgeon", "doing jaw surgery": "oral surgeon", "do oral surgery": "oral surgeon", "does oral surgery": "oral surgeon", "doing oral surgery": "oral surgeon", "set up stage lights": "lighting technician", "sets up stage lights": "lighting technician", "setting up stage lights": "lighting technician", "set up the stage lights": "lighting technician", "sets up the stage lights": "lighting technician", "setting up the stage lights": "lighting technician", "set up lights for concerts": "lighting technician", "sets up lights for concerts": "lighting technician", "setting up lights for concerts": "lighting technician", "set up lighting for concerts": "lighting technician", "sets up lighting for concerts": "lighting technician", "setting up lighting for concerts": "lighting technician", "set up the lighting": "lighting technician", "sets up the lighting": "lighting technician", "setting up the lighting": "lighting technician", "make computer chips": "semiconductor technician", "makes computer chips": "semiconductor technician", "making computer chips": "semiconductor technician", "make microchips": "semiconductor technician", "makes microchips": "semiconductor technician", "making microchips": "semiconductor technician", "make semiconductors": "semiconductor technician", "makes semiconductors": "semiconductor technician", "making semiconductors": "semiconductor technician", "work in chip fabs": "semiconductor technician", "works in chip fabs": "semiconductor technician", "working in chip fabs": "semiconductor technician", "work in a chip fab": "semiconductor technician", "works in a chip fab": "semiconductor technician", "working in a chip fab": "semiconductor technician", "work in a semiconductor fab": "semiconductor technician", "works in a semiconductor fab": "semiconductor technician", "working in a semiconductor fab": "semiconductor technician", "work in a fab": "semiconductor technician", "works in a fab": "semiconductor technician", "working in a fab": "semiconductor technician", "sort and deliver mail inside a big company": "mail clerk", "sorts and delivers mail inside a big company": "mail clerk", "sorting and delivering mail inside a big company": "mail clerk", "sort and deliver mail inside a company": "mail clerk", "sorts and delivers mail inside a company": "mail clerk", "sorting and delivering mail inside a company": "mail clerk", "sort and deliver mail in an office": "mail clerk", "sorts and delivers mail in an office": "mail clerk", "sorting and delivering mail in an office": "mail clerk", "sort and deliver company mail": "mail clerk", "sorts and delivers company mail": "mail clerk", "sorting and delivering company mail": "mail clerk", "manage a ceo's calendar": "executive assistant", "manages a ceo's calendar": "executive assistant", "managing a ceo's calendar": "executive assistant", "manage the ceo's calendar": "executive assistant", "manages the ceo's calendar": "executive assistant", "managing the ceo's calendar": "executive assistant", "manage an executive's calendar": "executive assistant", "manages an executive's calendar": "executive assistant", "managing an executive's calendar": "executive assistant", "manage the boss's calendar": "executive assistant", "manages the boss's calendar": "executive assistant", "managing the boss's calendar": "executive assistant", "manage a ceo's calendar and travel": "executive assistant", "manages a ceo's calendar and travel": "executive assistant", "managing a ceo's calendar and travel": "executive assistant", "manage the ceo's calendar and travel": "executive assistant", "manages the ceo's calendar and travel": "executive assistant", "managing the ceo's calendar and travel": "executive assistant", "help customers with their problems": "customer service representative", "helps customers with their problems": "customer service representative", "helping customers with their problems": "customer service representative", "help customers with problems": "customer service representative", "helps customers with problems": "customer service representative", "helping customers with problems": "customer service representative", "answer calls and help customers": "customer service representative", "answers calls and helps customers": "customer service representative", "answering calls and helping customers": "customer service representative", "answer calls and help customers with their problems": "customer service representative", "answers calls and helps customers with their problems": "customer service representative", "answering calls and helping customers with their problems": "customer service representative", "run a daycare center": "daycare director", "runs a daycare center": "daycare director", "running a daycare center": "daycare director", "run a daycare": "daycare director", "runs a daycare": "daycare director", "running a daycare": "daycare director", "run a day care": "daycare director", "runs a day care": "daycare director", "running a day care": "daycare director", "run a childcare center": "daycare director", "runs a childcare center": "daycare director", "running a childcare center": "daycare director", "run a preschool": "daycare director", "runs a preschool": "daycare director", "running a preschool": "daycare director", "measure land and draw property maps": "surveying technician", "measures land and draw property maps": "surveying technician", "measuring land and draw property maps": "surveying technician", "measure land": "surveying technician", "measures land": "surveying technician", "measuring land": "surveying technician", "measure property lines": "surveying technician", "measures property lines": "surveying technician", "measuring property lines": "surveying technician", "help measure land and draw property maps": "surveying technician", "helps measure land and draw property maps": "surveying technician", "helping measure land and draw property maps": "surveying technician", "help measure land": "surveying technician", "helps measure land": "surveying technician", "helping measure land": "surveying technician", "design factory processes": "industrial engineer", "designs factory processes": "industrial engineer", "designing factory processes": "industrial engineer", "design factory processes to cut waste": "industrial engineer", "designs factory processes to cut waste": "industrial engineer", "designing factory processes to cut waste": "industrial engineer", "design processes to cut waste": "industrial engineer", "designs processes to cut waste": "industrial engineer", "designing processes to cut waste": "industrial engineer", "design factory workflows": "industrial engineer", "designs factory workflows": "industrial engineer", "designing factory workflows": "industrial engineer", "analyze data using statistics": "statistician", "analyzes data using statistics": "statistician", "analyzing data using statistics": "statistician", "analyze data with statistics": "statistician", "analyzes data with statistics": "statistician", "analyzing data with statistics": "statistician", "analyze statistics": "statistician", "analyzes statistics": "statistician", "analyzing statistics": "statistician", "check air quality and safety hazards at a factory": "safety technician", "checks air quality and safety hazards at a factory": "safety technician", "checking air quality and safety hazards at a factory": "safety technician", "check air quality at a factory": "safety technician", "checks air quality at a factory": "safety technician", "checking air quality at a factory": "safety technician", "check for safety hazards at a factory": "safety technician", "checks for safety hazards at a factory": "safety technician", "checking for safety hazards at a factory": "safety technician", "check safety hazards at work": "safety technician", "checks safety hazards at work": "safety technician", "checking safety hazards at work": "safety technician", "saw logs into lumber": "sawmill worker", "saws logs into lumber": "sawmill worker", "sawing logs into lumber": "sawmill worker", "saw logs": "sawmill worker", "saws logs": "sawmill worker", "sawing logs": "sawmill worker", "saw lumber": "sawmill worker", "saws lumber": "sawmill worker", "sawing lumber": "sawmill worker", "run the machines that saw logs into lumber": "sawmill worker", "runs the machines that saw logs into lumber": "sawmill worker", "running the machines that saw logs into lumber": "sawmill worker", "run the machines that saw logs": "sawmill worker", "runs the machines that saw logs": "sawmill worker", "running the machines that saw logs": "sawmill worker", "develop photos": "photo lab technician", "develops photos": "photo lab technician", "developing photos": "photo lab technician", "develop film": "photo lab technician", "develops film": "photo lab technician", "developing film": "photo lab technician", "develop photos in a photo lab": "photo lab technician", "develops photos in a photo lab": "photo lab technician", "developing photos in a photo lab": "photo lab technician", "develop pictures": "photo lab technician", "develops pictures": "photo lab technician", "developing pictures": "photo lab technician", "stamp out metal parts": "press operator", "stamps out metal parts": "press operator", "stamping out metal parts": "press operator", "stamp out metal parts with a press": "press operator", "stamps out metal parts with a press": "press operator", "stamping out metal parts with a press": "press operator", "stamp out parts": "press operator", "stamps out parts": "press operator", "stamping out parts": "press operator", "stamp metal parts": "press operator", "stamps metal parts": "press operator", "stamping metal parts": "press operator", "stamp metal": "press operator", "stamps metal": "press operator", "stamping metal": "press operator", "decide if a building is up to code": "building inspector", "decides if a building is up to code": "building inspector", "deciding if a building is up to code": "building inspector", "decide whether a building is up to code": "building inspector", "decides whether a building is up to code": "building inspector", "deciding whether a building is up to code": "building inspector", "decide if buildings are up to code": "building inspector", "decides if buildings are up to code": "building inspector", "deciding if buildings are up to code": "building inspector", "check if a building is up to code": "building inspector", "checks if a building is up to code": "building inspector", "checking if a building is up to code": "building inspector", "check buildings for code": "building inspector", "checks buildings for code": "building inspector", "checking buildings for code": "building inspector", "check that buildings are up to code": "building inspector", "checks that buildings are up to code": "building inspector", "checking that buildings are up to code": "building inspector", "check building codes": "building inspector", "checks building codes": "building inspector", "checking building codes": "building inspector", "fight on the ground in the army": "infantry", "fights on the ground in the army": "infantry", "fighting on the ground in the army": "infantry", "fight on the ground": "infantry", "fights on the ground": "infantry", "fighting on the ground": "infantry", "fight in the infantry": "infantry", "fights in the infantry": "infantry", "fighting in the infantry": "infantry", "guide big ships into the harbor": "harbor pilot", "guides big ships into the harbor": "harbor pilot", "guiding big ships into the harbor": "harbor pilot", "guide ships into the harbor": "harbor pilot", "guides ships into the harbor": "harbor pilot", "guiding ships into the harbor": "harbor pilot", "guide ships into port": "harbor pilot", "guides ships into port": "harbor pilot", "guiding ships into port": "harbor pilot", "guide ships into harbor": "harbor pilot", "guides ships into harbor": "harbor pilot", "guiding ships into harbor": "harbor pilot",
	"deliver babies but isn't a doctor": "nurse midwife", "delivers babies but isn't a doctor": "nurse midwife", "delivering babies but isn't a doctor": "nurse midwife", "deliver babies but is not a doctor": "nurse midwife", "delivers babies but is not a doctor": "nurse midwife", "delivering babies but is not a doctor": "nurse midwife", "deliver babies without being a doctor": "nurse midwife", "delivers babies without being a doctor": "nurse midwife", "delivering babies without being a doctor": "nurse midwife", "call strangers on the phone": "telemarketer", "calls strangers on the phone": "telemarketer", "calling strangers on the phone": "telemarketer", "call strangers": "telemarketer", "calls strangers": "telemarketer", "calling strangers": "telemarketer", "call strangers to sell": "telemarketer", "calls strangers to sell": "telemarketer", "calling strangers to sell": "telemarketer", "sell stuff over the phone": "telemarketer", "sells stuff over the phone": "telemarketer", "selling stuff over the phone": "telemarketer", "sell things over the phone": "telemarketer", "sells things over the phone": "telemarketer", "selling things over the phone": "telemarketer", "sell over the phone": "telemarketer", "sells over the phone": "telemarketer", "selling over the phone": "telemarketer", "watch for shoplifters": "loss prevention officer", "watches for shoplifters": "loss prevention officer", "watching for shoplifters": "loss prevention officer", "watch for shoplifting": "loss prevention officer", "watches for shoplifting": "loss prevention officer", "watching for shoplifting": "loss prevention officer", "watch shoplifters": "loss prevention officer", "watches shoplifters": "loss prevention officer", "watching shoplifters": "loss prevention officer", "catch shoplifters": "loss prevention officer", "catches shoplifters": "loss prevention officer", "catching shoplifters": "loss prevention officer", "come up with new snack flavors": "food scientist", "comes up with new snack flavors": "food scientist", "coming up with new snack flavors": "food scientist", "come up with new flavors": "food scientist", "comes up with new flavors": "food scientist", "coming up with new flavors": "food scientist", "come up with new foods": "food scientist", "comes up with new foods": "food scientist", "coming up with new foods": "food scientist", "come up with new food products": "food scientist", "comes up with new food products": "food scientist", "coming up with new food products": "food scientist", "use music to help patients": "music therapist", "uses music to help patients": "music therapist", "using music to help patients": "music therapist", "use music to help people": "music therapist", "uses music to help people": "music therapist", "using music to help people": "music therapist", "use music to heal": "music therapist", "uses music to heal": "music therapist", "using music to heal": "music therapist", "use music therapy": "music therapist", "uses music therapy": "music therapist", "using music therapy": "music therapist", "design what products look like": "industrial designer", "designs what products look like": "industrial designer", "designing what products look like": "industrial designer", "design how products look": "industrial designer", "designs how products look": "industrial designer", "designing how products look": "industrial designer", "design products like chairs": "industrial designer", "designs products like chairs": "industrial designer", "designing products like chairs": "industrial designer", "design consumer products": "industrial designer", "designs consumer products": "industrial designer", "designing consumer products": "industrial designer", "design products": "industrial designer", "designs products": "industrial designer", "designing products": "industrial designer", "help you get a mortgage": "loan officer", "helps you get a mortgage": "loan officer", "helping you get a mortgage": "loan officer", "help people get a mortgage": "loan officer", "helps people get a mortgage": "loan officer", "helping people get a mortgage": "loan officer", "help people get mortgages": "loan officer", "helps people get mortgages": "loan officer", "helping people get mortgages": "loan officer", "help you get a loan": "loan officer", "helps you get a loan": "loan officer", "helping you get a loan": "loan officer", "help people get loans": "loan officer", "helps people get loans": "loan officer", "helping people get loans": "loan officer", "run tests on blood samples": "medical lab technician", "runs tests on blood samples": "medical lab technician", "running tests on blood samples": "medical lab technician", "run tests on blood": "medical lab technician", "runs tests on blood": "medical lab technician", "running tests on blood": "medical lab technician", "run blood tests": "medical lab technician", "runs blood tests": "medical lab technician", "running blood tests": "medical lab technician", "run lab tests on blood": "medical lab technician", "runs lab tests on blood": "medical lab technician", "running lab tests on blood": "medical lab technician", "test blood samples": "medical lab technician", "tests blood samples": "medical lab technician", "testing blood samples": "medical lab technician", "test blood in a lab": "medical lab technician", "tests blood in a lab": "medical lab technician", "testing blood in a lab": "medical lab technician", "figure out how to get oil and gas out of the ground": "petroleum engineer", "figures out how to get oil and gas out of the ground": "petroleum engineer", "figuring out how to get oil and gas out of the ground": "petroleum engineer", "figure out how to get oil out of the ground": "petroleum engineer", "figures out how to get oil out of the ground": "petroleum engineer", "figuring out how to get oil out of the ground": "petroleum engineer", "figure out how to drill for oil": "petroleum engineer", "figures out how to drill for oil": "petroleum engineer", "figuring out how to drill for oil": "petroleum engineer", "work in the icu": "critical care nurse", "works in the icu": "critical care nurse", "working in the icu": "critical care nurse", "work in an icu": "critical care nurse", "works in an icu": "critical care nurse", "working in an icu": "critical care nurse", "work in intensive care": "critical care nurse", "works in intensive care": "critical care nurse", "working in intensive care": "critical care nurse", "take your vitals and draws blood": "medical assistant", "takes your vitals and draws blood": "medical assistant", "taking your vitals and draws blood": "medical assistant", "take your vitals and draw blood": "medical assistant", "takes your vitals and draw blood": "medical assistant", "taking your vitals and draw blood": "medical assistant", "take vitals and draw blood": "medical assistant", "takes vitals and draw blood": "medical assistant", "taking vitals and draw blood": "medical assistant", "take your vitals": "medical assistant", "takes your vitals": "medical assistant", "taking your vitals": "medical assistant", "cut down trees with big machines": "logging equipment operator", "cuts down trees with big machines": "logging equipment operator", "cutting down trees with big machines": "logging equipment operator", "cut down trees with machines": "logging equipment operator", "cuts down trees with machines": "logging equipment operator", "cutting down trees with machines": "logging equipment operator", "cut down trees": "logging equipment operator", "cuts down trees": "logging equipment operator", "cutting down trees": "logging equipment operator", "put solar panels on people's roofs": "solar installer", "puts solar panels on people's roofs": "solar installer", "putting solar panels on people's roofs": "solar installer", "put solar panels on roofs": "solar installer", "puts solar panels on roofs": "solar installer", "putting solar panels on roofs": "solar installer", "put up solar panels": "solar installer", "puts up solar panels": "solar installer", "putting up solar panels": "solar installer", "put solar panels": "solar installer", "puts solar panels": "solar installer", "putting solar panels": "solar installer", "look after a family's kids": "nanny", "looks after a family's kids": "nanny", "looking after a family's kids": "nanny", "look after a family's kids at their house": "nanny", "looks after a family's kids at their house": "nanny", "looking after a family's kids at their house": "nanny", "look after kids at their house": "nanny", "looks after kids at their house": "nanny", "looking after kids at their house": "nanny", "look after someone's kids": "nanny", "looks after someone's kids": "nanny", "looking after someone's kids": "nanny", "help people recover after strokes": "physiatrist", "helps people recover after strokes": "physiatrist", "helping people recover after strokes": "physiatrist", "help people recover after strokes or spinal injuries": "physiatrist", "helps people recover after strokes or spinal injuries": "physiatrist", "helping people recover after strokes or spinal injuries": "physiatrist", "help people recover from spinal injuries": "physiatrist", "helps people recover from spinal injuries": "physiatrist", "helping people recover from spinal injuries": "physiatrist", "track down what caused a disease outbreak": "epidemiologist", "tracks down what caused a disease outbreak": "epidemiologist", "tracking down what caused a disease outbreak": "epidemiologist", "track down disease outbreaks": "epidemiologist", "tracks down disease outbreaks": "epidemiologist", "tracking down disease outbreaks": "epidemiologist", "track down the cause of outbreaks": "epidemiologist", "tracks down the cause of outbreaks": "epidemiologist", "tracking down the cause of outbreaks": "epidemiologist", "track down the cause of an outbreak": "epidemiologist", "tracks down the cause of an outbreak": "epidemiologist", "tracking down the cause of an outbreak": "epidemiologist", "help high school kids pick colleges": "school counselor", "helps high school kids pick colleges": "school counselor", "helping high school kids pick colleges": "school counselor", "help kids pick colleges": "school counselor", "helps kids pick colleges": "school counselor", "helping kids pick colleges": "school counselor", "argue cases in court": "lawyer", "argues cases in court": "lawyer", "arguing cases in court": "lawyer", "argue cases in court for clients": "lawyer", "argues cases in court for clients": "lawyer", "arguing cases in court for clients": "lawyer", "argue in court": "lawyer", "argues in court": "lawyer", "arguing in court": "lawyer",
	"care for a family's kids": "nanny", "care for a family's kids at their house": "nanny", "care for someone's kids": "nanny", "care for kids at their house": "nanny", "care for kids in their home": "nanny", "care for a family's children": "nanny",
	"drive a garbage truck": "garbage collector", "drives a garbage truck": "garbage collector", "driving a garbage truck": "garbage collector", "drive the garbage truck": "garbage collector", "drives the garbage truck": "garbage collector", "driving the garbage truck": "garbage collector", "drive garbage trucks": "garbage collector", "drives garbage trucks": "garbage collector", "driving garbage trucks": "garbage collector", "drive a trash truck": "garbage collector", "drives a trash truck": "garbage collector", "driving a trash truck": "garbage collector", "drive the trash truck": "garbage collector", "drives the trash truck": "garbage collector", "driving the trash truck": "garbage collector", "drive trash trucks": "garbage collector", "drives trash trucks": "garbage collector", "driving trash trucks": "garbage collector", "pick up trash bins": "garbage collector", "picks up trash bins": "garbage collector", "picking up trash bins": "garbage collector", "pick up garbage": "garbage collector", "picks up garbage": "garbage collector", "picking up garbage": "garbage collector", "pick up the garbage": "garbage collector", "picks up the garbage": "garbage collector", "picking up the garbage": "garbage collector", "pick up the trash": "garbage collector", "picks up the trash": "garbage collector", "picking up the trash": "garbage collector", "pick up recycling": "garbage collector", "picks up recycling": "garbage collector", "picking up recycling": "garbage collector", "collect trash": "garbage collector", "collects trash": "garbage collector", "collecting trash": "garbage collector", "collect garbage": "garbage collector", "collects garbage": "garbage collector", "collecting garbage": "garbage collector", "run the sewage plant": "water treatment plant operator", "runs the sewage plant": "water treatment plant operator", "running the sewage plant": "water treatment plant operator", "run a sewage plant": "water treatment plant operator", "runs a sewage plant": "water treatment plant operator", "running a sewage plant": "water treatment plant operator", "run the water treatment plant": "water treatment plant operator", "runs the water treatment plant": "water treatment plant operator", "running the water treatment plant": "water treatment plant operator", "run a water treatment plant": "water treatment plant operator", "runs a water treatment plant": "water treatment plant operator", "running a water treatment plant": "water treatment plant operator", "run the wastewater plant": "water treatment plant operator", "runs the wastewater plant": "water treatment plant operator", "running the wastewater plant": "water treatment plant operator", "keep the city's drinking water clean": "water treatment plant operator", "keeps the city's drinking water clean": "water treatment plant operator", "keeping the city's drinking water clean": "water treatment plant operator", "keep drinking water clean": "water treatment plant operator", "keeps drinking water clean": "water treatment plant operator", "keeping drinking water clean": "water treatment plant operator", "keep the water clean": "water treatment plant operator", "keeps the water clean": "water treatment plant operator", "keeping the water clean": "water treatment plant operator", "keep the water safe to drink": "water treatment plant operator", "keeps the water safe to drink": "water treatment plant operator", "keeping the water safe to drink": "water treatment plant operator", "shape hot glass": "glass blower", "shapes hot glass": "glass blower", "shaping hot glass": "glass blower", "shape glass": "glass blower", "shapes glass": "glass blower", "shaping glass": "glass blower", "shape molten glass": "glass blower", "shapes molten glass": "glass blower", "shaping molten glass": "glass blower", "blow glass": "glass blower", "blows glass": "glass blower", "blowing glass": "glass blower", "write novels": "novelist", "writes novels": "novelist", "writing novels": "novelist", "write novels for a living": "novelist", "writes novels for a living": "novelist", "writing novels for a living": "novelist", "write books": "novelist", "writes books": "novelist", "writing books": "novelist", "write books for a living": "novelist", "writes books for a living": "novelist", "writing books for a living": "novelist",
	"do social work with people addicted to drugs": "mental health social worker", "does social work with people addicted to drugs": "mental health social worker", "doing social work with people addicted to drugs": "mental health social worker", "do social work with addicts": "mental health social worker", "does social work with addicts": "mental health social worker", "doing social work with addicts": "mental health social worker", "do social work with people with mental illness": "mental health social worker", "does social work with people with mental illness": "mental health social worker", "doing social work with people with mental illness": "mental health social worker", "do social work in mental health": "mental health social worker", "does social work in mental health": "mental health social worker", "doing social work in mental health": "mental health social worker", "cut down trees in the forest with chainsaws": "faller", "cuts down trees in the forest with chainsaws": "faller", "cutting down trees in the forest with chainsaws": "faller", "cut down trees with chainsaws": "faller", "cuts down trees with chainsaws": "faller", "cutting down trees with chainsaws": "faller", "cut down trees with a chainsaw": "faller", "cuts down trees with a chainsaw": "faller", "cutting down trees with a chainsaw": "faller", "plan where new roads and bus routes go": "transportation planner", "plans where new roads and bus routes go": "transportation planner", "planning where new roads and bus routes go": "transportation planner", "plan where roads go": "transportation planner", "plans where roads go": "transportation planner", "planning where roads go": "transportation planner", "plan bus routes": "transportation planner", "plans bus routes": "transportation planner", "planning bus routes": "transportation planner", "plan new roads": "transportation planner", "plans new roads": "transportation planner", "planning new roads": "transportation planner", "plan public transit": "transportation planner", "plans public transit": "transportation planner", "planning public transit": "transportation planner", "help the anesthesiologist put people under": "anesthesiologist assistant", "helps the anesthesiologist put people under": "anesthesiologist assistant", "helping the anesthesiologist put people under": "anesthesiologist assistant", "help the anesthesiologist": "anesthesiologist assistant", "helps the anesthesiologist": "anesthesiologist assistant", "helping the anesthesiologist": "anesthesiologist assistant", "help anesthesiologists": "anesthesiologist assistant", "helps anesthesiologists": "anesthesiologist assistant", "helping anesthesiologists": "anesthesiologist assistant", "write replies to customer letters": "correspondence clerk", "writes replies to customer letters": "correspondence clerk", "writing replies to customer letters": "correspondence clerk", "write replies to customer letters and complaints": "correspondence clerk", "writes replies to customer letters and complaints": "correspondence clerk", "writing replies to customer letters and complaints": "correspondence clerk", "write replies to complaints": "correspondence clerk", "writes replies to complaints": "correspondence clerk", "writing replies to complaints": "correspondence clerk", "write responses to customer complaints": "correspondence clerk", "writes responses to customer complaints": "correspondence clerk", "writing responses to customer complaints": "correspondence clerk", "help occupational therapists by setting up equipment": "occupational therapy aide", "helps occupational therapists by setting up equipment": "occupational therapy aide", "helping occupational therapists by setting up equipment": "occupational therapy aide", "help occupational therapists": "occupational therapy aide", "helps occupational therapists": "occupational therapy aide", "helping occupational therapists": "occupational therapy aide", "deliver babies but isn't a doctor or a nurse": "midwife", "delivers babies but isn't a doctor or a nurse": "midwife", "delivering babies but isn't a doctor or a nurse": "midwife", "deliver babies but isn't a nurse": "midwife", "delivers babies but isn't a nurse": "midwife", "delivering babies but isn't a nurse": "midwife", "deliver babies but is not a nurse": "midwife", "delivers babies but is not a nurse": "midwife", "delivering babies but is not a nurse": "midwife", "run the giant shovels at open pit mines": "dragline operator", "runs the giant shovels at open pit mines": "dragline operator", "running the giant shovels at open pit mines": "dragline operator", "run giant shovels": "dragline operator", "runs giant shovels": "dragline operator", "running giant shovels": "dragline operator", "run draglines": "dragline operator", "runs draglines": "dragline operator", "running draglines": "dragline operator", "run the giant shovels": "dragline operator", "runs the giant shovels": "dragline operator", "running the giant shovels": "dragline operator", "manage a team of research scientists": "natural sciences manager", "manages a team of research scientists": "natural sciences manager", "managing a team of research scientists": "natural sciences manager", "manage research scientists": "natural sciences manager", "manages research scientists": "natural sciences manager", "managing research scientists": "natural sciences manager", "manage a research lab": "natural sciences manager", "manages a research lab": "natural sciences manager", "managing a research lab": "natural sciences manager", "manage a team of scientists": "natural sciences manager", "manages a team of scientists": "natural sciences manager", "managing a team of scientists": "natural sciences manager", "write parking tickets": "parking enforcement officer", "writes parking tickets": "parking enforcement officer", "writing parking tickets": "parking enforcement officer", "give parking tickets": "parking enforcement officer", "gives parking tickets": "parking enforcement officer", "giving parking tickets": "parking enforcement officer", "make laws": "legislator", "makes laws": "legislator", "making laws": "legislator", "make laws in the state capitol": "legislator", "makes laws in the state capitol": "legislator", "making laws in the state capitol": "legislator", "make the laws": "legislator", "makes the laws": "legislator", "making the laws": "legislator", "pass laws": "legislator", "passes laws": "legislator", "passing laws": "legislator", "lead groups of tourists on trips": "travel guide", "leads groups of tourists on trips": "travel guide", "leading groups of tourists on trips": "travel guide", "lead groups of tourists": "travel guide", "leads groups of tourists": "travel guide", "leading groups of tourists": "travel guide", "lead tourists on trips and cruises": "travel guide", "leads tourists on trips and cruises": "travel guide", "leading tourists on trips and cruises": "travel guide", "lead tour groups": "travel guide", "leads tour groups": "travel guide", "leading tour groups": "travel guide", "run the tech department": "it director", "runs the tech department": "it director", "running the tech department": "it director", "run the it department": "it director", "runs the it department": "it director", "running the it department": "it director", "run the tech department at a company": "it director", "runs the tech department at a company": "it director", "running the tech department at a company": "it director", "run it for a company": "it director", "runs it for a company": "it director", "running it for a company": "it director", "keep order in a courtroom": "bailiff", "keeps order in a courtroom": "bailiff", "keeping order in a courtroom": "bailiff", "keep order in the courtroom": "bailiff", "keeps order in the courtroom": "bailiff", "keeping order in the courtroom": "bailiff", "keep order in court": "bailiff", "keeps order in court": "bailiff", "keeping order in court": "bailiff", "drive the pile driver machine": "pile driver operator", "drives the pile driver machine": "pile driver operator", "driving the pile driver machine": "pile driver operator", "drive a pile driver": "pile driver operator", "drives a pile driver": "pile driver operator", "driving a pile driver": "pile driver operator", "drive the pile driver": "pile driver operator", "drives the pile driver": "pile driver operator", "driving the pile driver": "pile driver operator", "drive pile drivers": "pile driver operator", "drives pile drivers": "pile driver operator", "driving pile drivers": "pile driver operator", "read electric meters": "meter reader", "reads electric meters": "meter reader", "reading electric meters": "meter reader", "read electric meters at houses": "meter reader", "reads electric meters at houses": "meter reader", "reading electric meters at houses": "meter reader", "read gas meters": "meter reader", "reading gas meters": "meter reader", "read water meters": "meter reader", "reading water meters": "meter reader", "fit your glasses": "optician", "fits your glasses": "optician", "fitting your glasses": "optician", "fit glasses and contacts": "optician", "fits glasses and contacts": "optician", "fitting glasses and contacts": "optician", "fit your glasses and contacts": "optician", "fits your glasses and contacts": "optician", "fitting your glasses and contacts": "optician", "back cracker": "chiropractor", "back cracker doctor": "chiropractor", "back cracker doctors": "chiropractor", "back crackers": "chiropractor",
	"check luggage at the airport": "transportation security screener", "checks luggage at the airport": "transportation security screener", "checks your luggage at the airport": "transportation security screener",
}

// reDoing finds the phrases of doingJobs, longest first, as whole words.
// It is compiled on first use: only a text whose bytes lower-casing moves
// needs it (doingAt), and compiled it holds about 700 KB that the
// collector would mark every cycle of a server's life.
var reDoing = sync.OnceValue(func() *regexp.Regexp {
	keys := slices.Collect(maps.Keys(doingJobs))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(keys, "|") + `)\b`)
})

// doingFirst maps the first word of each of doingJobs' phrases to the
// phrases it begins: a question holding none of those words as a word
// holds no phrase (the quick path, most questions).
var doingFirst = func() map[string][]string {
	out := map[string][]string{}
	for k := range doingJobs {
		first, _, _ := strings.Cut(k, " ")
		out[first] = append(out[first], k)
	}
	return out
}()

// doingSaid writes what a job does as its title.
func doingSaid(s string) string {
	ms := doingAt(s)
	if len(ms) == 0 {
		return s
	}
	// Each phrase by its title, once: "i ride in an ambulance responding
	// to 911 calls" is one emt, and "i install and fix pipes" one plumber,
	// not "install and plumber".
	var out strings.Builder
	last, title := 0, ""
	for _, m := range ms {
		t := doingJobs[strings.ToLower(s[m[0]:m[1]])]
		between := s[last:m[0]]
		if t == title && strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(between, " ,"), "and")) == "" {
			last = m[1]
			continue // the same job said again
		}
		if w, and, ok := strings.Cut(strings.TrimRight(between, " "), " and"); ok && strings.TrimSpace(and) == "" && (doingFirst[strings.ToLower(lastWord(w))] != nil || pairedVerbs[strings.ToLower(lastWord(w))]) {
			between = w[:len(w)-len(lastWord(w))] // a verb of the same work before it
		}
		out.WriteString(between)
		out.WriteString(t)
		last, title = m[1], t
	}
	out.WriteString(s[last:])
	return out.String()
}

// pairedVerbs are said with another verb of the same work ("buy and sell
// homes", "install and fix pipes").
var pairedVerbs = setOf(`buy install build maintain repair clean load unload design rent`)

// doingAt finds the phrases of doingJobs in s as reDoing does (leftmost
// first, the longest there, as whole words), looking only for those whose
// first word s holds: running reDoing's hundreds of phrases was a third
// of reading such a question.
func doingAt(s string) [][]int {
	l := strings.ToLower(s)
	if len(l) != len(s) {
		return reDoing().FindAllStringIndex(s, -1) // lower-casing moved the bytes
	}
	var ms [][]int
	var seen []string
	for w := range strings.FieldsFuncSeq(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		for _, k := range doingFirst[w] {
			if slices.Contains(seen, k) {
				continue
			}
			seen = append(seen, k)
			for at := 0; at < len(l); {
				i := strings.Index(l[at:], k)
				if i < 0 {
					break
				}
				i += at
				if (i == 0 || !wordByte(l[i-1])) && (i+len(k) == len(l) || !wordByte(l[i+len(k)])) {
					ms = append(ms, []int{i, i + len(k)})
				}
				at = i + 1
			}
		}
	}
	slices.SortFunc(ms, func(a, b []int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(b[1], a[1])) })
	out := ms[:0]
	for _, m := range ms {
		if len(out) == 0 || m[0] >= out[len(out)-1][1] {
			out = append(out, m)
		}
	}
	return out
}

// wordByte reports whether b is a byte of a word as regexp's \b reads it.
func wordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// lastWord is the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// employerJobs are companies people name with a job ("ups driver",
// "amazon warehouse worker"), each with a job many of its people hold. The
// sources break nothing down by employer: a company named with a job is
// set aside and the job answered, saying so; named alone ("walmart
// salary") the answer says so and suggests asking about that job. Names
// that are also common words ("target", "apple", "chase", "subway",
// "delta") are left out: they may be part of a question or a name.
var employerJobs = map[string]string{
	"amazon": "warehouse worker", "walmart": "cashier", "costco": "cashier", "kroger": "cashier", "publix": "cashier",
	"aldi": "cashier", "safeway": "cashier", "whole foods": "cashier", "trader joe's": "cashier", "trader joes": "cashier",
	"dollar general": "cashier", "dollar tree": "cashier", "heb": "cashier", "meijer": "cashier", "wegmans": "cashier",
	"ups": "ups driver", "fedex": "delivery driver", "fedex ground": "delivery driver", "usps": "mail carrier",
	"dhl": "delivery driver", "uber": "rideshare driver", "lyft": "rideshare driver", "doordash": "food delivery driver",
	"instacart": "food delivery driver", "grubhub": "food delivery driver", "uber eats": "food delivery driver",
	"starbucks": "barista", "dunkin": "barista", "mcdonalds": "fast food worker", "mcdonald's": "fast food worker",
	"chipotle": "fast food worker", "kfc": "fast food cook", "panera": "fast food worker", "burger king": "fast food worker",
	"taco bell": "fast food worker", "wendys": "fast food worker", "wendy's": "fast food worker",
	"chick fil a": "fast food worker", "chick-fil-a": "fast food worker", "walgreens": "pharmacy technician",
	"cvs": "pharmacy technician", "rite aid": "pharmacy technician", "home depot": "retail sales associate",
	"best buy": "retail sales associate", "gamestop": "retail sales associate", "nike": "retail sales associate",
	"ikea": "retail sales associate", "lowes": "retail sales associate", "lowe's": "retail sales associate",
	"google": "software engineer", "microsoft": "software engineer", "facebook": "software engineer",
	"meta": "software engineer", "netflix": "software engineer", "ibm": "software engineer", "oracle": "software engineer",
	"salesforce": "software engineer", "tesla": "mechanical engineer", "spacex": "aerospace engineer",
	"boeing": "aerospace engineer", "lockheed martin": "aerospace engineer", "intel": "electrical engineer",
	"nvidia": "electrical engineer", "deloitte": "management consultant", "accenture": "management consultant",
	"mckinsey": "management consultant", "kpmg": "accountant", "pwc": "accountant", "ernst and young": "accountant",
	"jpmorgan": "financial analyst", "goldman sachs": "financial analyst", "wells fargo": "bank teller",
	"bank of america": "bank teller", "allstate": "insurance agent", "state farm": "insurance agent",
	"geico": "insurance agent", "verizon": "customer service representative", "at&t": "customer service representative",
	"comcast": "customer service representative", "disney": "animator", "hilton": "hotel front desk clerk",
	"marriott": "hotel front desk clerk", "kaiser": "registered nurse", "kaiser permanente": "registered nurse",
	"sephora": "retail sales associate", "ulta": "retail sales associate", "tractor supply": "retail sales associate",
	"autozone": "retail sales associate", "toyota": "team assembler", "little caesars": "fast food worker",
	"panda express": "fast food cook", "taco john's": "fast food worker", "g4s": "security guard", "allied universal": "security guard",
	"keller williams": "real estate agent", "remax": "real estate agent", "waffle house": "waiter", "ihop": "waiter",
	"dennys": "waiter", "denny's": "waiter", "applebees": "waiter", "applebee's": "waiter", "olive garden": "waiter",
}

// employerPhrases are the one-word employers as vocabulary phrases:
// read after names, so that a name holding one stays whole ("ups
// driver"). Employers of several words, whose words names may hold
// ("dollar general", "trader joe's"), are taken out before names are
// read (see takeEmployer).
var employerPhrases, longEmployers = func() (string, [][]string) {
	var ps []string
	var long [][]string
	for e := range employerJobs {
		if ws := vocabTokens(e); len(ws) > 1 {
			long = append(long, ws)
		} else {
			ps = append(ps, e)
		}
	}
	slices.Sort(ps)
	// Longest first, so that "fedex ground" is taken before "fedex" could be.
	slices.SortFunc(long, func(a, b []string) int { return cmp.Compare(len(b), len(a)) })
	return strings.Join(ps, "|"), long
}()

// employerIn returns the employer a name holds as typed ("ups driver",
// a common title), or "".
func employerIn(typed string) string {
	for w := range strings.FieldsSeq(typed) {
		if e := strings.ToLower(w); employerJobs[e] != "" {
			return e
		}
	}
	return ""
}

// employerJob returns the job employerJobs gives an employer as typed.
func employerJob(typed string) string {
	if typed == "" {
		return ""
	}
	return employerByKey[strings.Join(vocabTokens(typed), " ")]
}

// employerByKey is employerJobs by the employers' normalised words.
var employerByKey = func() map[string]string {
	m := map[string]string{}
	for e, j := range employerJobs {
		m[strings.Join(vocabTokens(e), " ")] = j
	}
	return m
}()

// preferEmployerJob reads a generic name typed with an employer as the
// employer's own job when both end in the same word: an "allstate agent"
// is an insurance agent, a "kfc cook" a fast food cook, a "google
// engineer" a software engineer. The career the name alone would be stays
// among the others.
func (q *question) preferEmployerJob(kb *knowledge.Base) {
	job := employerJob(q.employer)
	if job == "" || len(q.careers) != 1 {
		return
	}
	p := &q.careers[0]
	worker := onlyWorkerWords(p.typed) // "costco employee", "amazon workers", not "walmart sales associate"
	if !worker && (len(p.others) == 0 || lastWordOf(job) != lastWordOf(strings.ToLower(p.typed))) {
		return
	}
	ms := kb.Exact(knowledge.Tokens(job))
	if len(ms) == 0 || ms[0].Career == p.career {
		return
	}
	c := ms[0].Career
	others := []*knowledge.Career{p.career}
	for _, o := range p.others {
		if o != c {
			others = append(others, o)
		}
	}
	p.career, p.others, p.matched = c, others, ms[0].Name
	if worker {
		p.others, p.employerJob, p.exact, p.score = nil, job, true, 1
	}
}

// onlyWorkerWords reports whether typed names someone who works
// somewhere and nothing else: worker words and question words only.
func onlyWorkerWords(typed string) bool {
	key := " " + phraseKey(typed) + " "
	worker := false
	for _, p := range workerWords { // the longest first: "team member" before "member"
		if holdsWords(key, p) {
			worker = true
			key = strings.ReplaceAll(key, " "+p+" ", " ")
		}
	}
	for w := range strings.FieldsSeq(key) {
		if !isStopWord(w) && wordRole(w, func(r *role) bool { return len(r.groups) == 0 && !r.employer }) == nil {
			return false // a word of the job ("sales associate")
		}
	}
	return worker
}

func lastWordOf(s string) string {
	ws := knowledge.Tokens(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// longEmployerFirst holds the first words of longEmployers, as typed and
// as normalised.
var longEmployerFirst = func() map[string]bool {
	m := map[string]bool{}
	for e := range employerJobs {
		if ws := vocabTokens(e); len(ws) > 1 {
			m[ws[0]] = true
			m[strings.Fields(e)[0]] = true
		}
	}
	return m
}()

// takeEmployer takes out of the question the first employer of several
// words it names, and keeps it for the answer.
// The words are compared as typed, before any respelling ("whole foods"
// is no whale).
func (q *question) takeEmployer() {
	typed := func(t token, w string) bool {
		if t.kind != tokWord {
			return false
		}
		if t.val == w || strings.EqualFold(t.raw, w) {
			return true
		}
		ws := knowledge.Tokens(t.raw)
		return len(ws) == 1 && ws[0] == w
	}
	for i, t := range q.toks {
		if t.kind != tokWord || !longEmployerFirst[t.val] && !longEmployerFirst[strings.ToLower(t.raw)] {
			continue // most words begin no employer's name
		}
		for _, ws := range longEmployers {
			if i+len(ws) > len(q.toks) || !slices.EqualFunc(q.toks[i:i+len(ws)], ws, typed) {
				continue
			}
			q.employer = q.typed(i, i+len(ws))
			q.toks = slices.Delete(q.toks, i, i+len(ws))
			return
		}
	}
}
