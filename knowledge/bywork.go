package knowledge

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// How ByWork weighs, besides the one text that holds most of the words,
// a word too many careers' texts hold, all the career's texts, and how
// many people hold it.
const (
	commonWorkWeight = 0.5
	workTotalWeight  = 0.5
	workSizeWeight   = 0.1
)

// workTitleWeight is what a word said counts again when the career's
// title holds it (on testers' descriptions of their work, 0.35 put the
// right career first for 20 of 30 new ones rather than 18, and for 306 of
// 410 earlier ones rather than 303; 0.5 and more lose earlier ones).
const workTitleWeight = 0.35

// workWords are the plain words people say what they do with, each with
// the words O*NET's tasks say it with.
var workWords = map[string][]string{
	"fix": {"repair", "treat"}, "fixe": {"repair", "treat"}, "fixing": {"repair", "treat"},
	"car": {"automobile", "vehicle"}, "truck": {"truck", "vehicle"},
	"phone": {"telephone"}, "kid": {"child", "children"}, "toddler": {"child", "children"}, "baby": {"infant", "child", "newborn", "childbirth"},
	"old":     {"elderly"},
	"daycare": {"childcare"}, "xray": {"radiograph", "x-ray"}, "taxe": {"tax"}, "tax": {"tax", "return", "taxation"},
	"boss": {"supervisor"}, "shelf": {"shelves", "shelf"}, "sick": {"patient", "ill"},
	"defend": {"represent"}, "drink": {"beverage"}, "plane": {"aircraft", "flight"}, "airplane": {"aircraft", "flight"},
	"give": {"administer", "provide"}, "wire": {"wiring", "wire"}, "house": {"building", "home", "residential", "property", "estate"},
	"money": {"currency", "cash"}, "read": {"interpret", "read"}, "pull": {"extract", "remove"},
	"grader": {"elementary", "grade"}, "garbage": {"trash", "refuse"}, "teeth": {"teeth", "tooth", "dental"},
	"watch": {"monitor", "observe"}, "swimmer": {"swimmer", "pool", "beach"},
	"frame": {"frame", "framework"}, "wheeler": {"tractor", "trailer", "truck"},
	"clothe": {"clothing", "garment"}, "pant": {"pant", "garment"}, "dress": {"dress", "garment"}, "shirt": {"shirt", "garment"},
	// Kept from harm: "watch a warehouse so nobody breaks in".
	"break": {"theft", "intrusion"}, "steal": {"theft"}, "stealing": {"theft"}, "thief": {"theft"},
	"warehouse": {"warehouse", "premises"}, "property": {"property", "premises"},
	"cooking": {"meal", "food"}, "med": {"medication"}, "pill": {"medication"},
	"boat": {"vessel", "ship"}, "ocean": {"sea", "marine"},
	"call": {"call", "telephone"}, "behind": {"behind", "delinquent", "overdue"}, "cell": {"cell", "cellular"},
	// Plain words of work whose O*NET words differ (qa81's descriptions).
	"mortgage": {"mortgage", "loan"}, "court": {"court", "litigation", "legal", "trial"}, "contract": {"contract", "legal"},
	"valet": {"parking", "park"},
	// Plain words of work whose O*NET words differ (qa83's descriptions).
	"catch": {"catch", "capture"}, "check": {"check", "inspect", "examine"},
	"study": {"study", "research"}, "research": {"research", "study"}, "earthquake": {"earthquake", "seismic"},
	"stutter": {"stutter", "fluency", "speech"}, "eyeglass": {"eyeglass", "lens"},
	"artificial": {"artificial", "prosthetic", "prostheses"}, "leg": {"leg", "limb"}, "arm": {"arm", "limb"},
	"restock": {"restock", "stock", "replenish"}, "supermarket": {"supermarket", "grocery", "store"},
	"crosswalk": {"crosswalk", "crossing", "intersection"}, "letter": {"letter", "mail"},
	// qa87's descriptions.
	"brace": {"brace", "orthodontic", "malocclusion", "appliance"}, "crooked": {"crooked", "realign"},
	"paycheck": {"paycheck", "payroll"}, "timesheet": {"timesheet", "timecard", "payroll"},
	"breathe": {"breathe", "breathing", "respiratory"}, "inhaler": {"inhaler", "respiratory"},
	"dispute": {"dispute", "disputant", "mediation"}, "spread": {"spread", "distribution", "outbreak"},
	"laptop": {"laptop", "computer"}, "defect": {"defect", "defective", "inspect"},
	"bug": {"bug", "insect", "pest"}, "bone": {"bone", "orthopedic", "fracture", "musculoskeletal"}, "broken": {"broken", "fracture"},
	"loan": {"loan", "credit"}, "rich": {"rich", "wealth", "investment"}, "teach": {"teach", "instruct"},
	"medicine": {"medicine", "medication", "prescription"}, "pharmacy": {"pharmacy", "pharmaceutical", "prescription"},
	"star": {"star", "celestial", "astronomical"}, "planet": {"planet", "celestial", "astronomical"}, "galaxy": {"galaxy", "celestial", "astronomical"},
	"movement": {"movement", "mobility", "motion"}, "shave": {"shave", "shaving"}, "fly": {"fly", "pilot"},
	// qa89's descriptions.
	"casino": {"casino", "gambling", "gaming"}, "bakery": {"bakery", "bake"}, "inside": {"inside", "interior"},
	"addicted": {"addiction", "substance"}, "addict": {"addiction", "substance"},
	"career": {"career", "vocational"}, "forest": {"forest", "forestry"},
	// qa90's descriptions.
	"wild": {"wild", "wildlife"}, "insect": {"insect", "entomology"}, "doctor": {"physician", "surgeon"},
	"website": {"website", "web", "site"}, "site": {"site", "web"},
	"type": {"type", "transcribe", "stenotype"}, "pick": {"pick", "choose", "select"},
	// qa92's descriptions.
	"sleep": {"sleep", "anesthesia", "anesthetic", "sedation"}, "furniture": {"furniture", "furnishing"},
	"wooden": {"wooden", "wood"}, "trash": {"trash", "garbage", "refuse", "rubbish"},
	"mice": {"mice", "rodent", "pest"}, "mouse": {"mouse", "rodent", "pest"}, "rat": {"rat", "rodent", "pest"}, "roach": {"roach", "pest"},
	"termite": {"termite", "pest"}, "fridge": {"fridge", "appliance", "refrigerator"},
	"dishwasher": {"dishwasher", "appliance"}, "economy": {"economy", "economic", "economics"}, "furnace": {"furnace", "heating"}, "ring": {"ring", "register", "cash"}, "airline": {"airline", "airliner"}, "delta": {"airline"},
	// qa97's descriptions.
	"decide": {"decide", "adjudicate", "rule"}, "disabled": {"disabled", "disability", "disabilities"},
	"chip": {"chip", "microchip", "semiconductor", "circuit", "microprocessor"}, "hacker": {"hacker", "security", "cyber", "intrusion"}, "fake": {"fake", "artificial", "prosthetic"},
	"rehabilitation": {"rehabilitation", "rehabilitative", "therapy"}, "lense": {"lens", "ophthalmic"}, "len": {"lens", "ophthalmic"}, "glass": {"glass", "eyeglass"},
	// qa100's descriptions.
	"soundboard": {"soundboard", "sound", "audio", "mixing", "console"},
	// qa101's descriptions.
	"relearn": {"relearn", "learn", "restore", "rehabilitate"}, "everyday": {"everyday", "daily"}, "stroke": {"stroke", "rehabilitation", "disability"},
	"retirement": {"retirement", "financial", "planning"},
	// qa102's descriptions.
	"keep": {"keep", "maintain"}, "straighten": {"straighten", "realign", "align"},
	"injury": {"injury", "rehabilitative", "rehabilitation"}, "injured": {"injured", "injury"},
	// qa103's descriptions.
	"funeral": {"funeral", "interment", "mortuary"}, "luggage": {"luggage", "baggage"}, "suitcase": {"suitcase", "baggage"},
	"worth": {"worth", "value", "appraise", "appraisal"}, "prosthetic": {"prosthetic", "prostheses", "prosthesis"},
	"wheelchair": {"wheelchair", "mobility"}, "run": {"run", "operate"}, "bill": {"bill", "billing", "invoice"}, "figure": {"figure", "determine", "calculate", "estimate"}, "math": {"math", "mathematics", "mathematical", "statistical"}, "crime": {"crime", "criminal"}, "statistic": {"statistic", "statistical", "probability"}, "accused": {"accused", "defendant", "criminal"},
}

// phrasalWork are verbs of two words, each with the words O*NET's tasks
// say it with: "pick up the trash" is collecting it.
var phrasalWork = map[[2]string][]string{
	{"pick", "up"}: {"collect"}, {"put", "out"}: {"extinguish", "fight"}, {"hand", "out"}: {"distribute"},
	{"fill", "out"}:  {"complete"},
	{"put", "under"}: {"anesthesia", "anesthetic", "sedation"}, // "puts you under before surgery"
}

// militaryWords tell that work is done in the armed forces.
var militaryWords = map[string]bool{"army": true, "navy": true, "military": true, "marine": true, "force": true,
	"soldier": true, "sailor": true, "airman": true, "guard": true, "infantry": true, "enlisted": true, "deployed": true,
	"deployment": true, "combat": true, "battalion": true, "platoon": true, "squadron": true, "ship": true, "submarine": true}

// Military reports whether c is an occupation of the armed forces (SOC
// 55), which BLS gives no wages for.
func (c *Career) Military() bool { return strings.HasPrefix(c.Key, officialKeyPrefix+"55-") }

// glueWords join the words of what someone does and say nothing of it.
var glueWords = map[string]bool{"and": true, "the": true, "for": true, "with": true, "from": true, "into": true, "our": true, "you": true, "your": true, "are": true, "was": true,
	// "develop new medicines": what is new tells no work apart, and
	// tokens read "news" as "new" (a journalist's "news subjects").
	"new": true}

// helperWords say someone helps another at a trade; without them a
// helper's score counts helperFactor of itself.
var helperWords = map[string]bool{"help": true, "helper": true, "helps": true, "helping": true, "assist": true, "assistant": true, "apprentice": true}

const helperFactor = 0.8

// verbWeight is what a text gains that opens with the verb said first
// ("Clean calcareous deposits … from teeth" for "clean teeth"; "Guard,
// patrol, or monitor premises" for "guard a building"): O*NET's task
// statements begin with what is done.
const verbWeight = 3.0

// verbOpening is how many of a text's first words may hold the verb said:
// "Diagnose, treat, or research diseases … of animals".
const verbOpening = 6

// phraseWeight is what a text gains that holds the verb said first and
// what it is done to together: "deliver babies" is the obstetrician's
// "… deliver babies safely" before the teacher's "Prepare and deliver
// lectures … on child … health", which only opens with the verb.
const phraseWeight = 2.0

// objectTitleWeight is what a career gains whose title holds what the
// verb said first is done to: "operate cranes on construction sites" is
// the crane operator's work, though the industrial truck operator's
// tasks hold more of the words.
const objectTitleWeight = 2.0

// maxObjectTitled is how many of the careers read may hold the object in
// their titles for it to count.
const maxObjectTitled = 2

// byWorkCandidates bounds the careers whose texts ByWork reads one by
// one: those whose texts, taken together, hold most of the words.
const byWorkCandidates = 20

// ByWork returns the careers whose work, as O*NET's description and task
// statements say it, holds the words of what someone does ("draw blood",
// "load unload truck dock", "toilet pipe"), best first: by the one text
// (the description or a task) that holds the most of the words, rare
// words weighing most, then by how much of all their texts holds them.
// Each Holder's Item is that text, its Source the text's source, and
// Value how many of the words it holds. Words no text holds, and words
// too many careers' texts hold ("work", "people"), are left out; with
// none left there are none.
func (b *Base) ByWork(words []string, limit int) []Holder {
	return b.byWork(words, limit, nil)
}

// ByWorkAmong is ByWork among the careers among reports true for: "a
// surgeon who fixes broken bones" is the surgeon whose work is likest it,
// however many others' work is liker.
func (b *Base) ByWorkAmong(words []string, limit int, among func(*Career) bool) []Holder {
	return b.byWork(words, limit, among)
}

func (b *Base) byWork(words []string, limit int, among func(*Career) bool) []Holder {
	ci := b.index.careerIndex()
	// Each word said, with the forms tasks say it with ("fix": repair):
	// a text holding any of them holds the word once.
	type word struct {
		text   string
		id     int32   // in textVocab; -1 for a word too many texts hold
		weight float64 // its idf
		said   int     // the word said it stands for
	}
	var ws []word
	rare := false
	for k, said := range words {
		if glueWords[said] {
			continue
		}
		alts := workWords[said]
		if k+1 < len(words) {
			next := words[k+1]
			if k+2 < len(words) && (next == "you" || next == "them" || next == "people") {
				next = words[k+2] // "puts you under"
			}
			alts = append(slices.Clone(alts), phrasalWork[[2]string{said, next}]...)
		}
		for _, w := range append([]string{said}, alts...) {
			t, id, ok := ci.textForm(w)
			if !ok {
				// A word too many careers' texts hold ("drive", "clean")
				// still counts in the texts read, a little.
				if _, common := ci.commonText.find(w); !common {
					continue
				}
				t, id = w, -1
			}
			if slices.ContainsFunc(ws, func(x word) bool { return x.text == t }) {
				continue
			}
			wt := commonWorkWeight
			if id >= 0 {
				wt, rare = float64(ci.textIDF[id]), true
			}
			ws = append(ws, word{t, id, wt, k})
		}
	}
	if !rare || limit <= 0 {
		return nil
	}
	// Work said with its verb first ("clean teeth", "guard a building").
	verbFirst := len(words) > 1 && b.WorkVerb(words[0])
	// The careers whose texts hold most of the rarer words, taken
	// together.
	bag := map[int32]float64{}
	for _, w := range ws {
		if w.id < 0 {
			continue
		}
		for _, p := range ci.textPost.of(w.id) {
			bag[p.career()] += w.weight * float64(p.weight())
		}
	}
	cands := make([]int32, 0, len(bag))
	for c := range bag {
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		if bag[cands[i]] != bag[cands[j]] {
			return bag[cands[i]] > bag[cands[j]]
		}
		return cands[i] < cands[j]
	})
	// Military occupations only for work told of the military: "manage
	// a team at a distribution center" is no Command and Control Center
	// Officer's.
	if !slices.ContainsFunc(words, func(w string) bool { return militaryWords[w] }) {
		cands = slices.DeleteFunc(cands, func(c int32) bool { return ci.careers[c].Military() })
	}
	if among != nil {
		cands = slices.DeleteFunc(cands, func(c int32) bool { return !among(ci.careers[c]) })
	}
	// Besides those, the careers whose texts hold a word said and whose
	// titles hold it too ("operate cranes on construction sites": the
	// crane operator, though many more careers' texts hold both
	// "construction" and "site").
	top := slices.Clone(cands[:min(len(cands), byWorkCandidates)])
	for _, w := range ws {
		if w.id < 0 {
			continue
		}
		// Titles are capitalised: one without the form, less its last
		// letter, as written ("Crane"), is not tokenized.
		k := w.text[:max(len(w.text)-1, min(len(w.text), 3))]
		key := strings.ToUpper(k[:1]) + k[1:]
		for _, p := range ci.textPost.of(w.id) {
			c := p.career()
			name := ci.careers[c].Name
			if !strings.Contains(name, key) && !strings.Contains(name, k) || slices.Contains(top, c) || !slices.Contains(cands, c) {
				continue
			}
			if slices.ContainsFunc(Tokens(name), func(t string) bool { return SameForm(t, w.text) }) {
				top = append(top, c)
			}
		}
	}
	cands = top
	// What a text holding a rarer word must hold: its form less the last
	// letter, as written in a sentence, opening it ("Clean …") or as an
	// acronym ("CPR").
	var keys []string
	for _, w := range ws {
		if w.id >= 0 {
			k := w.text[:max(len(w.text)-1, min(len(w.text), 3))]
			keys = append(keys, k, strings.ToUpper(k[:1])+k[1:], strings.ToUpper(k))
		}
	}
	// Each word said's forms, and the object of the verb said first: the
	// word after it, glue words apart.
	forms := make([][]string, len(words))
	for _, w := range ws {
		forms[w.said] = append(forms[w.said], w.text)
	}
	obj := 0
	if verbFirst {
		if k := 1 + slices.IndexFunc(words[1:], func(w string) bool { return !glueWords[w] }); k > 0 && len(forms[0]) > 0 && len(forms[k]) > 0 {
			obj = k
		}
	}
	// An object said whole ("install roofs"), not as a modifier of the
	// words after it ("solicit new business"), is held only whole.
	objWhole := obj > 0 && (obj == len(words)-1 || glueWords[words[obj+1]] || objectEnds[words[obj+1]])
	// Each candidate by its one text that holds most of them.
	type scored struct {
		h                  Holder
		best, total, title float64
		objTitled          bool // the title holds the object of the verb said first
		verbAndObject      bool // a text holds both the verb said first and its object
	}
	verbs := make([]bool, len(words))
	for k, w := range words {
		verbs[k] = b.WorkVerb(w)
	}
	var out []scored
	for _, c := range cands {
		career := ci.careers[c]
		s := scored{h: Holder{Career: career}}
		// Words of the work said that the career's title holds ("repair
		// power lines": Electrical Power-Line Installers), each once; not
		// what is done ("repair": Installers and Repairers of anything).
		name := Tokens(career.Name)
		titled := make([]bool, len(words))
		for _, w := range ws {
			if w.id >= 0 && !titled[w.said] && !verbs[w.said] && slices.ContainsFunc(name, func(t string) bool { return SameForm(t, w.text) }) {
				titled[w.said] = true
				s.title += w.weight
			}
		}
		if obj > 0 && titled[obj] {
			s.objTitled = true
		}
		read := func(text, src string) {
			// Most texts hold none of the rarer words (those the
			// candidates were found by): told so by a search of the text
			// for each form less its last letter ("lady" is "ladies"
			// normalised), before tokenizing it.
			if !slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(text, k) }) {
				return
			}
			toks := Tokens(text)
			held := make([]float64, len(words)) // each word said: the weight of its form held
			for _, w := range ws {
				if slices.ContainsFunc(toks, func(t string) bool { return SameForm(t, w.text) }) {
					held[w.said] = max(held[w.said], w.weight)
				}
			}
			m, n := 0.0, 0
			for _, x := range held {
				if x > 0 {
					m += x
					n++
				}
			}
			if held[0] > 0 && verbFirst && slices.ContainsFunc(toks[:min(len(toks), verbOpening)], func(t string) bool {
				return slices.ContainsFunc(ws, func(w word) bool { return w.said == 0 && SameForm(t, w.text) })
			}) {
				m += verbWeight
			}
			if obj > 0 && held[0] > 0 && held[obj] > 0 {
				s.verbAndObject = true
				var whole []bool
				if objWhole {
					whole = wholeAt(text, len(toks))
				}
				if verbObjectHeld(toks, whole, forms[0], forms[obj]) {
					m += phraseWeight
				}
			}
			s.total += m
			if m > s.best {
				s.best = m
				s.h.Item, s.h.Source, s.h.Value = Item{Name: text}, src, float64(n)
			}
		}
		if d, ok := career.Fact(FieldDescription); ok {
			read(d.Value, d.Source)
		}
		if l, ok := b.List(career, ListTasks); ok {
			for _, it := range l.Items {
				read(it.Name, l.Source)
			}
		}
		if s.best > 0 {
			out = append(out, s)
		}
	}
	// An object many candidates' titles hold ("run the machine that …")
	// tells none of them apart.
	titledObject := 0
	for _, s := range out {
		if s.objTitled {
			titledObject++
		}
	}
	if titledObject > maxObjectTitled {
		for k := range out {
			out[k].objTitled = false
		}
	}
	// A helper's tasks are the trade's ("Helpers--Pipelayers, Plumbers,
	// …"): the trade is meant unless helping is said.
	helping := slices.ContainsFunc(words, func(w string) bool { return helperWords[w] })
	score := func(s scored) float64 {
		v := s.best + workTotalWeight*math.Log1p(s.total) + workSizeWeight*math.Log10(1+s.h.Career.Size()) + workTitleWeight*s.title
		if s.objTitled && s.verbAndObject {
			// Only where the work says both: "codes online stores" is
			// no Online Merchant's, whose title holds "online".
			v += objectTitleWeight
		}
		if !helping && strings.HasPrefix(s.h.Career.Name, "Helpers") {
			v *= helperFactor
		}
		return v
	}
	sort.SliceStable(out, func(i, j int) bool {
		if si, sj := score(out[i]), score(out[j]); si != sj {
			return si > sj
		}
		return out[i].h.Career.Size() > out[j].h.Career.Size()
	})
	hs := make([]Holder, 0, min(limit, len(out)))
	for _, s := range out[:min(limit, len(out))] {
		s.h.Spread = s.total
		hs = append(hs, s.h)
	}
	return hs
}

// verbObjectHeld reports whether toks holds a form of the verb and one of
// its object one after the other, or with an article between, the object
// whole: not a modifier of the noun after it ("install roof support
// bolts": bolts installed, no roof). whole, when not nil, tells which
// tokens end a phrase (wholeAt).
func verbObjectHeld(toks []string, whole []bool, verb, object []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if !holdsForm(toks[i], verb) {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && articles[toks[j]] { // "Drive a tractor-trailer"
			j++
		}
		if holdsForm(toks[j], object) && (whole == nil || whole[j] || objectEnds[toks[j+1]] || strings.HasSuffix(toks[j+1], "ly")) {
			return true
		}
	}
	return false
}

// objectEnds are words after which the object of a verb is whole.
var objectEnds = map[string]bool{"and": true, "or": true, "to": true, "in": true, "on": true, "at": true, "for": true,
	"of": true, "with": true, "from": true, "into": true, "onto": true, "over": true, "under": true, "using": true,
	"by": true, "as": true, "such": true, "that": true, "which": true, "so": true, "according": true,
	"following": true, "including": true, "before": true, "after": true, "during": true, "when": true, "where": true}

// wholeAt tells, of the n tokens of text, which end a phrase: the last
// before punctuation, or of the text. Nil when the phrases' tokens are not
// the text's (a name joined across a comma).
func wholeAt(text string, n int) []bool {
	whole := make([]bool, 0, n)
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;:.()", r) }) {
		toks := Tokens(part)
		for k := range toks {
			whole = append(whole, k == len(toks)-1)
		}
	}
	if len(whole) != n {
		return nil
	}
	return whole
}

// articles may stand between a verb and its object.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// holdsForm reports whether t is one of forms (see SameForm).
func holdsForm(t string, forms []string) bool {
	return slices.ContainsFunc(forms, func(f string) bool { return SameForm(t, f) })
}

// SameForm reports whether a word of a text is a form said: the form, or
// the form with an ending ("poured" for "pour", "framing" for "frame",
// "bakers" for "bake", "atmospheric" for "atmosphere", "inspection" for
// "inspect").
func SameForm(t, form string) bool {
	if t == form {
		return true
	}
	if len(t) <= len(form) || !strings.HasPrefix(t, form[:len(form)-1]) {
		return false
	}
	for _, suf := range []string{"ed", "d", "ing", "s", "es", "er", "ers", "ic"} {
		if base, ok := strings.CutSuffix(t, suf); ok && (base == form || base+"e" == form) {
			return true
		}
	}
	// The noun of a verb's doing ("investigations" of "investigate",
	// "installation" of "install"), of a verb long enough that no other
	// word is it with the ending ("portion" is no "port").
	for _, suf := range []string{"ion", "ions", "ation", "ations"} {
		if base, ok := strings.CutSuffix(t, suf); ok && len(base) >= minNounBase && (base == form || base+"e" == form) {
			return true
		}
	}
	return false
}

// minNounBase is how long a verb must be for SameForm to read a noun made
// of it with "-ion".
const minNounBase = 5

// textForm returns the form of a normalised word that careers' texts
// hold, and its number there: the word, or the word without an ending
// ("fixing", "loads").
func (ci *careerIndex) textForm(w string) (string, int32, bool) {
	if id, ok := ci.textVocab.find(w); ok {
		return w, id, true
	}
	for _, suf := range wordSuffixes {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			if id, ok := ci.textVocab.find(base); ok {
				return base, id, true
			}
		}
	}
	return "", 0, false
}
