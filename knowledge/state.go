package knowledge

import "strings"

// State is a U.S. state, the District of Columbia or a territory for which
// BLS publishes state wage estimates.
type State struct {
	Name      string // "Texas"
	Postal    string // "TX"
	FIPS      string // "48", the AREA code of the OEWS state file
	Territory bool   // Guam, Puerto Rico, the Virgin Islands
}

// areas are the areas of the OEWS state estimates: 50 states, DC and three
// territories. The postal abbreviations are USPS's; BLS's file has only the
// FIPS code and the name.
var areas = []State{
	{"Alabama", "AL", "01", false}, {"Alaska", "AK", "02", false}, {"Arizona", "AZ", "04", false},
	{"Arkansas", "AR", "05", false}, {"California", "CA", "06", false}, {"Colorado", "CO", "08", false},
	{"Connecticut", "CT", "09", false}, {"Delaware", "DE", "10", false}, {"District of Columbia", "DC", "11", false},
	{"Florida", "FL", "12", false}, {"Georgia", "GA", "13", false}, {"Hawaii", "HI", "15", false},
	{"Idaho", "ID", "16", false}, {"Illinois", "IL", "17", false}, {"Indiana", "IN", "18", false},
	{"Iowa", "IA", "19", false}, {"Kansas", "KS", "20", false}, {"Kentucky", "KY", "21", false},
	{"Louisiana", "LA", "22", false}, {"Maine", "ME", "23", false}, {"Maryland", "MD", "24", false},
	{"Massachusetts", "MA", "25", false}, {"Michigan", "MI", "26", false}, {"Minnesota", "MN", "27", false},
	{"Mississippi", "MS", "28", false}, {"Missouri", "MO", "29", false}, {"Montana", "MT", "30", false},
	{"Nebraska", "NE", "31", false}, {"Nevada", "NV", "32", false}, {"New Hampshire", "NH", "33", false},
	{"New Jersey", "NJ", "34", false}, {"New Mexico", "NM", "35", false}, {"New York", "NY", "36", false},
	{"North Carolina", "NC", "37", false}, {"North Dakota", "ND", "38", false}, {"Ohio", "OH", "39", false},
	{"Oklahoma", "OK", "40", false}, {"Oregon", "OR", "41", false}, {"Pennsylvania", "PA", "42", false},
	{"Rhode Island", "RI", "44", false}, {"South Carolina", "SC", "45", false}, {"South Dakota", "SD", "46", false},
	{"Tennessee", "TN", "47", false}, {"Texas", "TX", "48", false}, {"Utah", "UT", "49", false},
	{"Vermont", "VT", "50", false}, {"Virginia", "VA", "51", false}, {"Washington", "WA", "53", false},
	{"West Virginia", "WV", "54", false}, {"Wisconsin", "WI", "55", false}, {"Wyoming", "WY", "56", false},
	{"Guam", "GU", "66", true}, {"Puerto Rico", "PR", "72", true}, {"Virgin Islands", "VI", "78", true},
}

// States lists every area with state wage estimates, in FIPS order.
func States() []State { return append([]State(nil), areas...) }

// stateNames are other ways people name an area.
var stateNames = map[string]string{
	"washington state":             "WA",
	"wa state":                     "WA",
	"washington dc":                "DC",
	"washington d c":               "DC",
	"d c":                          "DC",
	"the district of columbia":     "DC",
	"us virgin islands":            "VI",
	"u s virgin islands":           "VI",
	"the virgin islands":           "VI",
	"united states virgin islands": "VI",
	// Nicknames people type for a state.
	"cali":               "CA",
	"socal":              "CA",
	"norcal":             "CA",
	"sunshine state":     "FL",
	"last frontier":      "AK",
	"lone star state":    "TX",
	"golden state":       "CA",
	"empire state":       "NY",
	"garden state":       "NJ",
	"keystone state":     "PA",
	"bay state":          "MA",
	"evergreen state":    "WA",
	"peach state":        "GA",
	"buckeye state":      "OH",
	"aloha state":        "HI",
	"silver state":       "NV",
	"grand canyon state": "AZ",
	"volunteer state":    "TN",
	"tar heel state":     "NC",
	"beehive state":      "UT",
	"show me state":      "MO",
	"badger state":       "WI",
	"hoosier state":      "IN",
	"bluegrass state":    "KY",
	"pelican state":      "LA",
	"centennial state":   "CO",
}

// stateAbbreviations are the abbreviations of the press and the post
// before postal codes (those that are everyday words too, "wash", "miss",
// "ore", are left out). Some are words of names as well ("Penn", "Mont"):
// the question parser reads them as states only where a place is said
// (IsStateAbbreviation).
var stateAbbreviations = map[string]string{
	"calif": "CA", "ariz": "AZ", "colo": "CO", "conn": "CT", "fla": "FL", "mich": "MI",
	"minn": "MN", "wisc": "WI", "wis": "WI", "tenn": "TN", "okla": "OK", "penn": "PA", "penna": "PA",
	"mass": "MA", "nebr": "NE", "nev": "NV", "mont": "MT", "wyo": "WY", "tex": "TX", "kans": "KS", "jersey": "NJ",
}

// IsStateAbbreviation reports whether w, in lower case, is one of those
// abbreviations ("mass", "calif").
func IsStateAbbreviation(w string) bool {
	_, ok := stateAbbreviations[w]
	return ok
}

// StateByName finds a state by name or postal abbreviation in any case
// ("texas", "TX", "tx", "New york", "washington state", "D.C."). Only the
// whole text is matched: finding a state inside a question is the
// question parser's job.
func StateByName(s string) (State, bool) {
	key := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}), " ")
	if key == "" {
		return State{}, false
	}
	if p, ok := stateNames[key]; ok {
		key = strings.ToLower(p)
	} else if p, ok := stateAbbreviations[key]; ok {
		key = strings.ToLower(p)
	}
	st, ok := stateKeys[key]
	return st, ok
}

// stateKeys finds a state by its name or postal code in lower case.
var stateKeys = func() map[string]State {
	m := map[string]State{}
	for _, st := range areas {
		m[strings.ToLower(st.Name)] = st
		m[strings.ToLower(st.Postal)] = st
	}
	return m
}()

// stateByFIPS finds a state by its FIPS code.
func stateByFIPS(code string) (State, bool) {
	for _, st := range areas {
		if st.FIPS == code {
			return st, true
		}
	}
	return State{}, false
}

// StateMisspelt returns the state whose one-word name w, lower case, is a
// slip of one letter from ("flordia", "texsa", "georiga"): a letter left
// out, added, changed or two swapped. Only for words of five letters or
// more that are no word of English ("marine" is no Maine, "indian" no
// Indiana) nor a short form names are written with ("Maint Tech"), and
// only when one state is that close.
func StateMisspelt(w string) (State, bool) {
	if _, short := abbreviations[w]; len(w) < 5 || short || EnglishWord(w) || notStates[w] {
		return State{}, false
	}
	var found State
	n := 0
	for _, st := range areas {
		name := strings.ToLower(st.Name)
		if !strings.ContainsRune(name, ' ') && OneEdit(w, name) {
			found, n = st, n+1
		}
	}
	return found, n == 1
}

// notStates are words one slip from a state's name that the English
// list leaves out as proper nouns, and mean no state.
var notStates = map[string]bool{"indian": true, "indians": true, "georgian": true}

// OneEdit reports whether a and b differ by one edit: a letter left out,
// added or changed, or two neighbouring letters swapped. The same word is
// no edit.
func OneEdit(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case len(a) > len(b):
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
