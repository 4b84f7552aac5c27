package knowledge

import (
	"strings"
	"unicode"
)

// abbreviations people use in career names, expanded before matching.
var abbreviations = map[string]string{
	"tech":      "technician",
	"techs":     "technician",
	"sr":        "senior",
	"snr":       "senior",
	"jr":        "junior",
	"it":        "information technology",
	"mgr":       "manager",
	"mgmt":      "management",
	"asst":      "assistant",
	"assoc":     "associate",
	"rn":        "registered nurse",
	"lpn":       "licensed practical nurse",
	"cna":       "certified nursing assistant",
	"admin":     "administrator",
	"dev":       "developer",
	"eng":       "engineer",
	"engr":      "engineer",
	"swe":       "software engineer",
	"dir":       "director",
	"coord":     "coordinator",
	"spec":      "specialist",
	"rep":       "representative",
	"supv":      "supervisor",
	"acct":      "accountant",
	"cpa":       "certified public accountant",
	"hr":        "human resources",
	"qa":        "quality assurance",
	"vp":        "vice president",
	"exec":      "executive",
	"ops":       "operations",
	"op":        "operator", // "forklift op", "machine op"
	"svc":       "service",
	"maint":     "maintenance",
	"equip":     "equipment",
	"mfg":       "manufacturing",
	"mktg":      "marketing",
	"acctg":     "accounting",
	"whse":      "warehouse",
	"surg":      "surgical",
	"hyg":       "hygienist",
	"peds":      "pediatric",
	"elec":      "electrical",
	"env":       "environmental",
	"enviro":    "environmental",
	"resp":      "respiratory",
	"chiro":     "chiropractor",
	"prof":      "professor",
	"doc":       "doctor",
	"dr":        "doctor",
	"pm":        "project manager",
	"ceo":       "chief executive",
	"cfo":       "chief financial officer",
	"cto":       "chief technology officer",
	"ux":        "user experience",
	"ui":        "user interface",
	"ml":        "machine learning",
	"ai":        "artificial intelligence",
	"db":        "database",
	"dba":       "database administrator",
	"sysadm":    "system administrator",
	"lab":       "laboratory",
	"uber":      "rideshare", // the names say "Lyft Driver" and "Rideshare Cab Driver"
	"doordash":  "delivery",
	"sysadmin":  "system administrator",
	"sdr":       "sales development representative",
	"sw":        "software",
	"bdr":       "business development representative",
	"infosec":   "information security",
	"frontend":  "front end",
	"backend":   "back end",
	"fullstack": "full stack",
	"rdn":       "registered dietitian",
	"mlo":       "mortgage loan officer",
	"hrbp":      "human resources business partner",
	"pharmd":    "pharmacist",
	"sde":       "software development engineer",
	"mammo":     "mammography",
	"ea":        "executive assistant",
	"bcba":      "board certified behavior analyst",
	"phleb":     "phlebotomist",
	"dnp":       "nurse practitioner", // the degree most who hold it practise as
	"eit":       "engineer",           // an engineer in training, of any branch
	"ae":        "account executive",
	"sped":      "special education",
	"mech":      "mechanical",
	"elem":      "elementary",
	"stats":     "statistics",
	"telecom":   "telecommunications",
	"rehab":     "rehabilitation",
	"quant":     "quantitative",
	"ag":        "agricultural",
	"thru":      "through",
	"waitstaff": "waiter",
	"fab":       "fabrication",
	"ff":        "firefighter", // "FF/EMT", "FF/Paramedic"
}

// IsAbbreviation reports whether w is an abbreviation names are written
// with ("asst", "mgr"), whatever its case: a dot after it ends no
// sentence.
func IsAbbreviation(w string) bool {
	_, ok := abbreviations[strings.ToLower(w)]
	return ok
}

// Normalize gives a name its canonical key: lower case, punctuation as
// spaces, abbreviations expanded, each word singular. Every name and every
// question goes through it, so "Lead Technicians", "lead tech" and
// "lead-technician" share one key.
func Normalize(s string) string {
	return strings.Join(Tokens(s), " ")
}

// Tokens splits s into normalised words (see Normalize).
func Tokens(s string) []string { return tokenizer{}.tokens(s) }

// tokenizer normalises words, remembering each word's result when memo is
// set: titles repeat their words, so building the name index reuses them.
type tokenizer struct {
	memo map[string][]string
}

func (tz tokenizer) tokens(s string) []string {
	out := make([]string, 0, 8)
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = tz.appendWord(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = tz.appendWord(out, s[start:])
	}
	return out
}

// appendWord appends the normalised form of one word.
func (tz tokenizer) appendWord(out []string, w string) []string {
	if tz.memo == nil {
		return appendNormal(out, w) // a question's words: no slice of its own for each
	}
	if norm, ok := tz.memo[w]; ok {
		return append(out, norm...)
	}
	norm := appendNormal(nil, w)
	tz.memo[w] = norm
	return append(out, norm...)
}

// appendNormal appends the normalised form of one word: lower case,
// abbreviation expanded, singular.
func appendNormal(out []string, w string) []string {
	// A word in capitals is an acronym whole: "MLS" is no plural of "ML".
	acronym := len(w) > 2 && w == strings.ToUpper(w) && strings.ToLower(w) != w
	w = strings.ToLower(w)
	w = strings.Trim(w, "'")
	w = strings.TrimSuffix(w, "'s")
	if w == "" {
		return out
	}
	if exp, ok := expansions[w]; ok {
		return append(out, exp...)
	}
	// An abbreviation's plural is its expansion's: "RNs", "CPAs", "devs".
	if n := len(w); n > 2 && w[n-1] == 's' && w != "its" && !acronym {
		if exp, ok := expansions[w[:n-1]]; ok && !fieldAbbreviations[w[:n-1]] {
			return append(out, exp...)
		}
	}
	return append(out, singular(w))
}

// fieldAbbreviations name a field, not a worker: they have no plural, and
// "mls" is a medical laboratory scientist, not machine learnings.
var fieldAbbreviations = map[string]bool{"ml": true, "ai": true, "ui": true, "ux": true, "hr": true, "qa": true}

// expansions are the words of each abbreviation's expansion.
var expansions = func() map[string][]string {
	m := make(map[string][]string, len(abbreviations))
	for abbr, exp := range abbreviations {
		m[abbr] = strings.Fields(exp)
	}
	return m
}()

// singular strips English plural endings. It need not be correct English,
// only consistent: names and questions are reduced the same way.
func singular(w string) string {
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}
