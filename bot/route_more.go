package bot

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/careerbot/careerbot/knowledge"
)

// routeOfficial answers the questions about official statistics beyond
// pay, outlook and education (pay by state, what the job involves,
// technology, related careers, interests, required education in detail,
// knowledge areas) when the question is one of them.
func (b *turn) routeOfficial(q *question) (Answer, bool) {
	if len(q.careers) == 0 && q.amongListed {
		return Answer{}, false // "which one of those needs the least education": the last list ranked
	}
	var kinds [len(pairable)]string
	if len(q.careers) == 1 && len(q.states) == 0 && len(q.pairedAsks(kinds[:0])) >= 2 {
		return Answer{}, false // "job duties and pay": each, one after the other (eachAsked)
	}
	b.left = q.left
	a, ok := b.routeMore(q.outside(), careersOf(q.careers), q.states, q.pct, hourlyAsked(q.fields))
	if !ok && len(q.careers) == 1 && q.careers[0].career.Official() && len(q.states) == 0 {
		// "what about cartographers" after the software surveyors use: the
		// last question's kind, which the words of this one do not say.
		for intent, answer := range map[string]func(*knowledge.Career) Answer{
			intentTechnology: b.technologyOf, intentKnowledgeOf: b.knowledgeOf, intentInterestsOf: b.interestsOf,
		} {
			if q.signals[intent] > 0 {
				return answer(q.careers[0].career), true
			}
		}
	}
	if ok && a.Intent == intentByKnowledge && (q.noDegree || q.level != "" || q.rank != 0 && q.signals[intentPay] > 0) && len(q.groups) > 0 {
		// "medical jobs with no college required", "medical field jobs
		// with the biggest paychecks": the subject is a field of work
		// filtered or ranked, which the ranking answers.
		return Answer{}, false
	}
	if ok && a.Intent == intentByKnowledge && q.left != nil && len(q.left.groups) > 0 {
		// "highest paying jobs with a bachelor's, not in management": the
		// field left out of a ranking, not the knowledge asked.
		return Answer{}, false
	}
	if ok {
		var where []string
		for _, m := range q.states {
			if m.City != "" {
				verb := "is"
				if strings.Contains(m.City, " and ") {
					verb = "are"
				}
				where = append(where, fmt.Sprintf("%s %s in %s", m.City, verb, m.State.Name))
			}
		}
		if len(where) > 0 {
			a.Summary = "BLS publishes pay by state, not by city: " + strings.Join(where, "; ") + ". " + a.Summary
		}
		if len(a.About) == 0 && len(q.careers) > 0 {
			a.About = careerKeys(q.careers)
		}
		return a, true
	}
	// "jobs using autocad", "careers for someone who likes building
	// things": words a search took for a career's name may be a subject,
	// a technology or an interest asked across careers.
	loose := false
	for _, p := range q.careers {
		loose = loose || !p.exact || q.skillFirst(p)
	}
	if !loose || len(b.kb.WithSkill(q.skillText())) > 0 {
		return Answer{}, false // a skill the sources list ("customer service") stays the skill ranking
	}
	if q.tellsWork(b.kb) {
		return Answer{}, false // "i design buildings, like floor plans": one's own work, no liking asked
	}
	// Only a question about careers in general ("jobs using autocad") is
	// read across careers: "what education do you need to be a dentist"
	// asks about dentists, not about careers that need education.
	all := q.allText()
	if _, ok := workSubject(all); !acrossWords(all) && !asksStudied(all) && !ok {
		return Answer{}, false
	}
	a, ok = b.routeMore(all, nil, q.states, q.pct, false)
	if acrossIntents[a.Intent] {
		return a, ok
	}
	return Answer{}, false
}

// asksStudied reports whether text asks what careers a subject studied
// leads to ("what can I do with a psychology degree", "jobs for english
// majors"): the subject is the knowledge the careers need.
func asksStudied(text string) bool { return studiedIn(" " + phraseKey(text) + " ") }

// studiedIn is asksStudied of a phrase key with a space at each end.
func studiedIn(t string) bool {
	return holdsAny(t, "degree", "degrees", "major", "majors", "majored", "majoring", "background", "diploma", "bachelors", "masters") &&
		holdsAny(t, "with a", "with an", "with my", "do with", "jobs for", "careers for", "majored in", "majoring in", "jobs can", "careers can", "jobs", "careers", "what job", "what career", "worth it", "worth getting", "should i get")
}

// holdsAny reports whether t (see holdsWords) holds one of the phrases.
func holdsAny(t string, phrases ...string) bool {
	for _, p := range phrases {
		if holdsWords(t, p) {
			return true
		}
	}
	return false
}

// holdsOneOf reports whether t (see holdsWords) holds one of the phrases
// alts lists between bars ("pay|salary|wage"). A list in one constant
// string is no slice built on every call: routeMore asks dozens.
func holdsOneOf(t, alts string) bool {
	for alts != "" {
		var p string
		p, alts, _ = strings.Cut(alts, "|")
		if holdsWords(t, p) {
			return true
		}
	}
	return false
}

// otherNames ask for a career's other titles ("other names for it"): the
// vocabulary reads them as no name, routeMoreOf as what is asked.
const otherNames = "job postings call|postings call|job ads call|ads call|employers call|recruiters call|job listings call|listings call|called in job postings|called in job ads|called in postings|other names|other name|another name|other titles|other job titles|alternate titles|alternative titles|different names|different titles|different job titles|alt titles|alt title|alt job titles|alt names|alternate names|alternative names|title alternatives|job title alternatives|name alternatives|other job names|alternatives to the title"

// acrossIntents are the answers about careers in general.
// plainWordTech are software names that are plain words too: "office
// jobs", "word jobs", "outlook" name the software only with a word of use
// ("jobs that use office").
var plainWordTech = map[string]bool{"outlook": true, "office": true, "word": true, "access": true}

var acrossIntents = map[string]bool{intentByTechnology: true, intentByKnowledge: true, intentByInterest: true, intentWorkingWith: true}

// payMost are the words that ask careers found otherwise (by interest,
// by knowledge) ranked by pay.
const payMost = "pay the most|pays the most|pays best|pay best|pays the best|pay the best|paid best|best pay|highest pay|most pay|best paying|highest paying|top paying|pay most|best paid|highest paid|make the most|earn the most|pay well|pays well|well paying|high paying|most money|good money|decent money|make money|well paid|pays good|pay good|good pay|great pay|high pay|decent pay|good salary|good salaries|high salary|high salaries|good wages|great money|big money|good income|" + paysWellPhrases

// leastEducation asks for careers entered with the least education, the
// lowest level BLS gives: no formal educational credential.
const leastEducation = "least education|least amount of education|least schooling|least amount of school|least school|least training|little education|little schooling|minimal education|minimal schooling|lowest education|least educational requirements|least requirements"

// workLeads are the words before the subject of the work asked about:
// "working with animals", "jobs involving kids", "i like cars".
var workLeads = setOf(`with involving involve involves around like likes love loves enjoy enjoys helping`)

// workSkips are the words between a lead and its subject.
var workSkips = setOf(`the a an my other young small little working being helping caring for on around`)

// workSynonyms are the words people use for what O*NET's texts call
// otherwise.
var workSynonyms = map[string]string{"kid": "children", "kids": "children", "child": "children", "children": "children", "pet": "animals",
	"pets": "animals", "dog": "animals", "dogs": "animals", "cat": "animals", "cats": "animals", "animal": "animals",
	"car": "vehicles", "cars": "vehicles", "computer": "computers", "plant": "plants", "sick": "patients", "ill": "patients",
	"nature": "conservation", "forest": "forests", "forests": "forests", "woods": "forests"}

// workSubject finds the subject of the work a question asks about
// ("jobs working with animals" → "animals"): the word after a lead, when
// it is no question word.
func workSubject(text string) (string, bool) { return workSubjectIn(phraseKey(text)) }

// workSubjectIn is workSubject of a phrase key.
func workSubjectIn(key string) (string, bool) {
	words := strings.Fields(key)
	for i := 0; i+1 < len(words); i++ {
		if !workLeads[words[i]] {
			continue
		}
		j := i + 1
		for j < len(words) && workSkips[words[j]] {
			j++
		}
		if j >= len(words) {
			return "", false
		}
		w := words[j]
		if syn, ok := workSynonyms[w]; ok {
			w = syn
		} else if len(w) < 3 || isVocab(w) || isStopWord(w) || lifeWords[w] {
			continue
		}
		// A second subject after "and" or "or": "the ocean and boats".
		if j+2 < len(words) && (words[j+1] == "and" || words[j+1] == "or") {
			v := words[j+2]
			if syn, ok := workSynonyms[v]; ok {
				v = syn
			}
			if len(v) >= 3 && !isVocab(v) && !isStopWord(v) && !lifeWords[v] {
				return w + " and " + v, true
			}
		}
		return w, true
	}
	return "", false
}

// knownSubjectIn is workSubjectIn of a phrase key where "in" leads a
// subject too ("work outdoors in nature", "outside in forests"), for one
// the work is known by (workSubjects) only.
func knownSubjectIn(key string) (string, bool) {
	subject, ok := workSubjectIn(strings.TrimSpace(strings.ReplaceAll(key, " in ", " with ")))
	return subject, ok && workSubjects[subject]
}

// lifeWords are no subject of work: "what to do with my life".
var lifeWords = setOf(`life lives future time mine yours ours theirs his hers me myself human humans`)

// acrossWords reports whether text asks about careers in general.
func acrossWords(text string) bool {
	for _, w := range strings.Fields(phraseKey(text)) {
		switch w {
		case "job", "jobs", "career", "careers", "occupation", "occupations", "work", "someone", "people", "profession", "professions", "field", "fields":
			return true
		}
	}
	return false
}

// routeMore picks the answer a question asks for, given the words of the
// question outside the careers' names, the careers named, the states, the
// percentile asked (a state's, in a state) and whether the hourly figures
// are (the vocabulary's hourly words).
// ok is false when the question is none of these, so the router carries on.
func (b *turn) routeMore(text string, careers []*knowledge.Career, sts []stateMention, pct knowledge.Field, hourly bool) (Answer, bool) {
	// "trade school instead of college": a way of schooling, no career
	// to leave for another.
	key := phraseKey(text)
	if strings.Contains(key, "instead of ") { // no regexp run on most questions
		key = reInsteadOfSchool.ReplaceAllString(key, "")
	}
	t := " " + key + " "
	// Questions about careers known only from comparison pages keep the
	// router's answers from those pages (pay, where, education, what the
	// job is); only related careers are new for them.
	official := true
	for _, c := range careers {
		official = official && c.Official()
	}
	if official {
		if a, ok := b.routeStates(t, careers, sts, pct, hourly); ok {
			return a, true
		}
	} else if len(careers) == 1 && !relatedPhrases.heldBy(t) && !leadPhrases.heldBy(t) {
		return Answer{}, false
	}
	return b.routeMoreOf(t, text, careers)
}

// notByState are things asked of a career that no source here breaks
// down by state: what it does, its skills, education and outlook.
const notByState = "what does|what do|do all day|tasks|duties|skills|study|education|degree|software|tools|outlook|growth|growing|grow|grows|related|similar"

// routeStates answers questions of official careers and states: one
// career in one state, in several states, several in one, or states
// ranked. t is routeMore's text as phrases are looked for in it.
func (b *turn) routeStates(t string, careers []*knowledge.Career, sts []stateMention, pct knowledge.Field, hourly bool) (Answer, bool) {
	has := func(alts string) bool { return holdsOneOf(t, alts) }
	one := len(careers) == 1
	// "which state", not "for state govt" or "for the state DOT" (a
	// sector, which no source has).
	states := has("state|states") && !has(sectorPhrases+"|state of")
	low := has("lowest|worst|least|cheapest|bottom|poorest|lowest paying|worst paying|lowest paid|worst paid")
	payWords := has("pay|pays|paid|paying|salary|salaries|wage|wages|make|makes|earn|earns|income|money|paycheck|paychecks|compensation|earnings|pay packet")

	switch {
	case len(sts) >= 2 && one:
		var list []knowledge.State
		for _, m := range sts {
			if !slices.Contains(list, m.State) { // "i mean in illinois", then "illinois vs california"
				list = append(list, m.State)
			}
		}
		if len(list) == 1 {
			return b.statePay(careers[0], list[0], pct), true
		}
		return b.compareStates(careers[0], list), true
	case len(sts) == 1 && len(careers) >= 2 && !payWords && pct == "" && has(notByState):
		// "which one is growing faster" of two careers asked about in New
		// York: growth, which BLS projects only nationally.
		return Answer{}, false
	case len(sts) == 1 && len(careers) >= 2:
		return b.compareInState(careers, sts[0].State, hourly), true
	case len(sts) == 1 && one && !payWords && pct == "" && !has(itLike) && has(notByState+"|like"):
		// "what does the top one do" after a ranking in a state: what is
		// asked besides pay, which BLS does not break down by state.
		return Answer{}, false
	case len(sts) == 1 && one:
		a := b.statePay(careers[0], sts[0].State, pct)
		if d, ok := careers[0].Fact(knowledge.FieldDescription); ok && has(overviewWords+"|more details") {
			// "tell me more about the first one" after a ranking in Ohio:
			// what the job is, then its pay there.
			a.Summary = namedWork(careers[0].Name, firstSentence(d.Value)) + " " + a.Summary
			src := newSourceSet(b.kb)
			src.add(d.Source)
			a.Sources = withSources(a.Sources, src.list())
		}
		if !payWords && has("how many|number of|employed|employment|headcount|jobs are there|workers are there") {
			// "how many welders in louisiana": the count first.
			if w, ok := b.kb.StateWages(careers[0], sts[0].State); ok && w.Employment != "" && w.Note == "" {
				a.Summary = fmt.Sprintf("%s employed %s %s (BLS, May 2024). ", sts[0].State.Name, w.Employment, careers[0].Name) + a.Summary
			}
		}
		return a, true
	case one && len(sts) == 0 && (states || has("where")) && !payWords && (has("jobs|openings|positions") && has("most|top|largest|biggest|more") || has("where do most|where are most|where most")):
		// "top states for software developer jobs", "where are the most
		// nursing jobs", "where do most nurses work": where the jobs are,
		// not the pay.
		return b.statesByEmployment(careers[0], false), true
	case one && len(sts) == 0 && states && !payWords && has("most|fewest|least|largest|biggest|more"):
		// "which state has the most nurses": employment, not pay.
		return b.statesByEmployment(careers[0], has("fewest|least")), true
	case one && len(sts) == 0 && states && (payWords || has("best|highest|top|most|better|better off")):
		return b.statesRanked(careers[0], low), true
	case one && len(sts) == 0 && careers[0].Official() && has("where") && has("most|best|highest|least|lowest"):
		return b.statesRanked(careers[0], low), true
	}
	return Answer{}, false
}

// routeMoreOf is the rest of routeMore, past states.
func (b *turn) routeMoreOf(t, text string, careers []*knowledge.Career) (Answer, bool) {
	has := func(alts string) bool { return holdsOneOf(t, alts) }
	one := len(careers) == 1

	// Required education in detail: "do most … have a master's degree".
	// But a degree one has, told with pay asked ("i have a nursing degree,
	// what do i earn"), asks the pay.
	toldDegree := has("i have|i ve|ive|i got|i hold") && has("earn|earns|make|makes|pay|paid|salary|wage|wages|income")
	if one && !toldDegree && has("do most|percent|percentage|share|have|most have") && (has("degree|degrees|education|diploma|doctorate|phd|certificate") || isLevel(text)) {
		return b.educationShares(careers[0], text), true
	}
	// "do nurse practitioners need a doctorate": a yes-or-no question about
	// a level, answered with the share of workers at it.
	if one && isLevel(text) && (strings.HasPrefix(t, " do ") || strings.HasPrefix(t, " does ") || strings.HasPrefix(t, " are ") || strings.HasPrefix(t, " is ") || strings.HasPrefix(t, " can ")) {
		return b.educationShares(careers[0], text), true
	}
	if one && has("what degree do most|what education do|what degrees do") && !has("need|needs|require") {
		return b.educationShares(careers[0], text), true
	}
	// "what does a geologist do and do i need a masters": what it does,
	// then the level asked of it.
	if one && isLevel(text) && has("what does|what do") {
		for _, join := range []string{" and do ", " and does ", " and would ", ", do ", " also do "} {
			if _, after, ok := strings.Cut(strings.ToLower(text), join); ok && strings.Contains(" "+after+" ", " need ") {
				a := b.describe(careers[0]).shared()
				a.add(b.educationShares(careers[0], "do "+after))
				return a, true
			}
		}
	}

	// "how important is programming for a software developer": O*NET's
	// rating of that skill or knowledge area ("what skills are most
	// important for …" asks them all).
	if one && has("how important|important for|important to|important in|importance of|importance for|how much does|matter for|matters for|how necessary") && has("important|importance|matter|matters|necessary") &&
		!has("skills|skill|knowledge|qualities|traits|abilities") {
		if a, ok := b.importanceOf(careers[0], t); ok {
			return a, true
		}
	}

	// Whom a career suits, said outright ("what kind of person would like
	// being an engineer"): before related careers, which "like" asks.
	if one && has("personality|personality type|kind of person|type of person|kind of people|type of people|holland code|holland codes|riasec") {
		return b.interestsOf(careers[0]), true
	}

	// "other names for a software developer": the titles O*NET lists.
	if one && has(otherNames+"|synonym|synonyms|another word for|other words for|called elsewhere|in other places|in other countries|what do they call|what do you call|what would you call|also called|also known as|aka|a.k.a|job titles for|job titles|titles in ads|called something else|what else is it called|else is called|else is a called|else called|is also called|are also called") ||
		one && has("what else are|what else is|what else do|what else does|what else might|what else could|what else would|what else can") && has("called|known as|named|call") {
		// "what else are medical coders called": the name between.
		return b.namesOf(careers[0]), true
	}

	// "what is it like being a truck driver": the work, not careers like it.
	if one && has(itLike) {
		return b.tasks(careers[0]), true
	}

	// Related careers; or, of one's own job, those that pay more ("i'm a
	// cashier and want to make more money").
	if len(careers) >= 1 && relatedPhrases.heldBy(t) || one && leadPhrases.heldBy(t) ||
		one && has("i m|im|i am|i work as|i work|my job|i could do|could i do|can i do|i can do|should i do|could i get|can i get") && has(paidMore+"|want to make more|make more money|earn more|want to earn more|need to make more|need more money") &&
			!has("which pays|which one pays|which of them pays|which makes|which one makes|which earns|which would pay|which will pay") { // a choice asked between two
		return b.related(careers[0], relatedAsk{richer: has(paidMore + "|make more|earn more|more money"), away: has(leavingPhrases), noDegree: has(noCollege),
			lessSchool: has("less school|less schooling|less education|less training|fewer years of school|shorter school|shorter training|less college")}), true
	}

	// Technology of a career.
	if one && has("what software|which software|programs used|software used by|what tech do|what tech does|other software|software that they use|software that people use|software that you use|software that is used|software that s used|software packages|software package|rely on|relies on|lean on|what tech do|what tech does|tech do they use|tech does|software do|software does|what tools|which tools|tools do|tools does|what technology|what technologies|technology used|software used|tools used|what programs|which programs|programs do|programming languages|what languages|which languages|tech stack|software stack|tool stack|tools stack|what apps|which apps|use any software|use software|any software|programming tools|coding tools|coding languages|use computers|use any technology|use technology|tech skills|technical skills|technology skills|software skills|computer skills|it skills") {
		a := b.technologyOf(careers[0])
		if has("tools|what tools|which tools") {
			a.Summary = "O*NET lists the software a job uses, not its hand tools. " + a.Summary
		}
		return a, true
	}

	// "do accountants need to know excel", "do nurses use epic": whether
	// O*NET lists that technology for the career.
	if one && has("use|uses|using|know|learn|need") && (strings.HasPrefix(t, " do ") || strings.HasPrefix(t, " does ")) {
		if name, _, ok := b.technologyPhrase(text); ok {
			return b.usesTechnology(careers[0], name), true
		}
	}

	// What an occupation needs to know, and whom it suits.
	if one && (has("knowledge|need to know|needs to know|what subjects|which subjects|should know|have to know|has to know|must know|got to know|gotta know") || strings.HasSuffix(t, " know ") && reShouldKnow.MatchString(t)) {
		return b.knowledgeOf(careers[0]), true
	}
	// A suit worn is none that suits: "tailors at a men's suit shop".
	suits := has("suited|suit|suits") && !has(garmentSuits)
	if one && (suits || has("interests|interest|personality|personality type|holland code|holland codes|riasec|kind of person|type of person|kind of people|type of people|fits|fit for|good fit")) {
		return b.interestsOf(careers[0]), true
	}

	// What the job involves.
	if one && (has("tasks|duties|responsibilities|day to day|typical day|job involve|involve|do all day|doing all day|day in the life|what is it like|what's it like|like to be|job description|describe") ||
		has("daily") && !has("daily pay|paid daily|daily rate|daily wage|daily wages") || // a job ad's "Daily Pay" is pay

		strings.HasSuffix(strings.TrimSpace(t), " do") && has("what does|what do")) {
		return b.tasks(careers[0]), true
	}

	// Interests, optionally with education and pay; but a subject studied
	// ("careers for a computer science major") is the knowledge it needs.
	_, subjectArea := knowledgeAreaOf(text)
	// "people like me" compares, it likes nothing.
	// "i want to help people" wants a kind of work; "i want to switch from
	// teaching" wants out of one.
	likes := (has("like|likes|enjoy|enjoys|love|loves") || has("want to|wanna") && !relatedPhrases.heldBy(t)) && !has("like me|like us|like myself|likes me")
	// "i'm good with numbers": a subject one is good at, as one liked.
	if (likes || has("good with|great with|good at|great at")) && len(careers) == 0 {
		if a, ok := b.likedSubject(text, t); ok {
			return a, true
		}
	}
	// "is being an accountant good for someone who likes routine":
	// whether the interest said is among the career's strongest.
	area, interested := interestOf(text)
	// "not interested in healthcare or sales": fields left out of a
	// ranking, no interest asked.
	interested = interested && !has("not interested|no longer interested|uninterested|not really interested")
	if interested && one && (likes || has("for someone|for people")) &&
		has("good for|good fit|right for|a fit for|fit for|suit|suits|suited|for someone who|for people who|if i like|if you like|would i like|would i enjoy|would i be happy") {
		return b.interestFit(careers[0], area, dislikedInterest(text)), true
	}
	if interested && !(subjectArea && studiedIn(t) && !likes) && (likes && len(careers) == 0 || has("for someone|for people|creative|careers for|jobs for|interested|interest|interests|jobs where|careers where|where you|where i|fits|fit|suits|suit|personality|personality type") ||
		len(careers) == 0 && interestSaidWhole(text) && has("jobs|careers|job|career|type|types|personality")) {
		// Where outdoor work is wanted, a subject the work is known by
		// says more than the area: "a job where i can work outside in
		// forests" (but "creative jobs working with kids" is the area).
		if subject, ok := knownSubjectIn(phraseKey(text)); ok && has("outside|outdoors|outdoor") {
			if a, ok := b.workingWith(subject, has(payMost) || has(theirPayAsked)); ok {
				return a, true
			}
		}
		first, second := interestsOf(text)
		if cmp.Or(first, area) == "Social" && second == "" && dislikedInterest(text) {
			// "a job for someone who hates dealing with people": no
			// career for Social interests, but those for Realistic ones,
			// work with things (qa100 Q071).
			a := b.byInterests("Realistic", "", typicalEducationOf(text), has(payMost))
			a.Summary = awayFromPeople + a.Summary
			return a, true
		}
		if phrase, _ := longestPhrase(text, interestPhrases); deskPhrases[phrase] && dislikedInterest(text) {
			// "likes math but hates sitting at a desk all day": careers
			// for Realistic interests (work with things, often on one's
			// feet), with the other interest said when there is one.
			other := ""
			for _, i := range []string{first, second} {
				if i != "Conventional" && i != "Realistic" && other == "" {
					other = i
				}
			}
			a := b.byInterests("Realistic", other, typicalEducationOf(text), has(payMost))
			a.Summary = awayFromDesk + a.Summary
			return a, true
		}
		return b.byInterests(cmp.Or(first, area), second, typicalEducationOf(text), has(payMost)), true
	}

	// "jobs working with animals", "i like kids": the careers whose work
	// is about the subject.
	studied := studiedIn(t)
	// "i like biology, what jobs would fit me": a subject liked is one
	// studied, the careers that need its knowledge.
	if len(careers) == 0 && !studied && has("like|likes|love|loves|enjoy|enjoys|good at") && !has("hate|hates|dislike|dislikes|but not|dont like|not into") {
		if area, ok := knowledgeAreaOf(text); ok {
			if a, ok := b.byKnowledge(area, has(payMost)); ok {
				return a, true
			}
		}
	}
	if len(careers) == 0 && !studied {
		if subject, ok := workSubjectIn(t); ok {
			if a, ok := b.workingWith(subject, has(payMost) || has(theirPayAsked)); ok {
				return a, true
			}
		}
	}

	// Knowledge areas and technology across careers.
	needs := has("need|needs|require|requires|requiring")
	asksNeed := needs || has("use|uses|using|good at|with")
	area, isArea := knowledgeAreaOf(text)
	// "jobs that need the least education" filter by the education
	// entered with, not O*NET's Education and Training knowledge.
	isArea = isArea && !has(leastEducation)
	// "jobs with no formal education required" filter by a level too.
	isArea = isArea && !(area == "Education and Training" && typicalEducationOf(text) != "")
	// "jobs that need math": the subject may also resolve as a career name
	// (math → a teacher's title); the phrasing says it is not one.
	acrossCareers := len(careers) == 0 || has("jobs that|careers that|occupations that|jobs which|careers which|jobs requiring|careers requiring|jobs using|careers using|jobs needing|careers needing|careers can i get|jobs can i get|can i get with|can i do with")
	if isArea && (has("knowledge") || acrossCareers && asksNeed || studied) {
		// Whether a degree is worth it: what its careers pay.
		if a, ok := b.byKnowledge(area, has(payMost) || has(theirPayAsked) || studied && has("worth|worth it|should i get")); ok {
			return a, true
		}
	}
	if asksNeed || has("in demand|jobs|careers") {
		// "jobs at google" asks of the employer, "jobs that use google" of
		// its software.
		if name, phrase, ok := b.technologyPhrase(text); ok && !(employerJobs[phrase] != "" && !asksNeed) && !(plainWordTech[phrase] && !asksNeed) &&
			!(len(careers) > 0 && wordRole(phrase, func(r *role) bool { return r.intent != "" }) != nil) {
			// But a word the question asks with, of a career named, is
			// the question: "the outlook for truck drivers with self
			// driving trucks coming".
			// "careers that need java": a skill the comparison pages list
			// stays the router's skill ranking.
			if needs && len(b.kb.WithSkill(phrase)) > 0 {
				return Answer{}, false
			}
			if a, ok := b.byTechnology(name); ok {
				return a, true
			}
		}
	}
	return Answer{}, false
}

// theirPayAsked asks what the careers found pay: "i like working with
// animals, what are my options and what do they pay".
const theirPayAsked = "what do they pay|what they pay|what do they make|what they make|how much do they make|how much they make|how much do they pay|how much they pay|what do those pay|what does it pay|and pay|and their pay|what do they earn"

// noCollege says no college degree is wanted: "without college".
const noCollege = "without college|without a degree|no degree|no college|without going to college|without a college degree|without school|without going back to school|without going back to college|without more school|without more schooling|without going to school"

// garmentSuits are the suits people wear.
const garmentSuits = "suit shop|suit shops|suit store|suit stores|men s suit|mens suit|men s suits|mens suits|women s suit|womens suit|women s suits|womens suits|business suit|business suits|wear a suit|wear suits|suit and tie|custom suit|custom suits|tailored suit|tailored suits|wedding suit|wedding suits"

// itLike asks what a career is like: in a state, its pay there (which is
// what varies by state); else what the work is.
const itLike = "what is it like|what's it like|whats it like|what it's like|what it is like|what its like|how is it being|how's it being|hows it being"

// awayFromDesk says why careers for Realistic interests answer work
// away from a desk.
const awayFromDesk = "O*NET rates no wish to work away from a desk; nearest are the careers whose strongest interest in its profiles is Realistic (work with things, tools and machines), not Conventional (work with data at a desk). "

// awayFromPeople says why careers for Realistic interests answer work
// away from people: in Holland's terms, the work with things, where Social
// is the work with people.
const awayFromPeople = "O*NET rates no wish to work apart from people; nearest are the careers whose strongest interest in its profiles is Realistic (work with things), not Social (work with people). "

// leavingPhrases ask for careers to leave one for, of another kind.
const leavingPhrases = "switch careers|change careers|career change|switching careers|changing careers|leave|leaving|get out of|tired of|sick of|hate|instead of|besides|other than|something else|switch from|change from|transition from|move from|outside of|quit|quitting|burned out|burnt out"

// reShouldKnow ends a question of what one should know: "what should a
// paralegal know" (but "know how to" asks skills).
var reShouldKnow = regexp.MustCompile(`\b(?:should|must)(?: \S+){1,4} know $`)

// reInsteadOfSchool is schooling chosen over another, in phraseKey's form.
var reInsteadOfSchool = regexp.MustCompile(`\binstead of (?:going to )?(?:a |an )?(?:college|school|university|uni|a degree|degree|grad school|trade school|med school|law school)\b`)

// relatedPhrases ask for careers related to the one named: other careers
// like it, or a way out of it.
var relatedPhrases = newPhraseList("similar", "related", "careers like", "jobs like", "whats like", "what s like", "what is like", "something like", "anything like", "kinda like", "sorta like", "kind of like", "sort of like", "a lot like", "close to", "closest to", "else could", "alternatives", "alternative", "instead of",
	"other careers", "other jobs", "careers other than", "jobs other than", "career other than", "job other than", "like being", "besides", "what else", "use the skills", "use my skills", "skills i already have", "skills i have", "transferable skills", "same skills", "similar skills", "else can", "switch to", "change to", "transition to",
	"transition into", "career change", "change from", "switch from", "transition from", "move from", "something else",
	"tired of being", "sick of being", "hate being", "leave", "leaving", "get out of", "change careers", "switch careers",
	"looking for a change", "want a change", "wants a change", "need a change", "needs a change", "for former", "do instead", "do next", "what next", "after retiring", "second career",
	"adjacent to", "adjacent", "neighbouring", "neighboring", "similar trades", "something better", "better paying job", "level up", "move up", "move up to", "move into", "moving up", "step up", "next step", "career ladder", "climb the ladder", "climb up", "climb higher", "advance", "advancement", "promotion", "promoted",
	"career path", "career paths", "path from", "paths from", "progression", "career progression", "move on to", "grow into",
	"hate it", "hate my job", "hate this job", "tired of it", "sick of it", "bored of it", "bored with it", "burnt out", "burned out", "want out")

// leadPhrases ask where one career can lead ("does nursing lead to
// management"); between two careers they ask how the two differ.
var leadPhrases = newPhraseList("lead to", "leads to", "lead into", "leads into", "leading to")

// phraseList is a list of phrases by their first words: most questions
// hold none of those words, and are told so by a look-up per word; a word
// that begins phrases is checked only against those, where it stands
// (routeMore asks on every answer).
type phraseList struct {
	byFirst map[string][]string
}

func newPhraseList(phrases ...string) phraseList {
	l := phraseList{byFirst: map[string][]string{}}
	for _, p := range phrases {
		w, _, _ := strings.Cut(p, " ")
		l.byFirst[w] = append(l.byFirst[w], p)
	}
	return l
}

// heldBy reports whether t (see holdsWords) holds one of the phrases.
func (l phraseList) heldBy(t string) bool {
	for rest := t; rest != ""; {
		at := rest
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		for _, p := range l.byFirst[w] {
			// t ends with a space, so a phrase that begins here ends at one.
			if w != "" && strings.HasPrefix(at, p) && len(at) > len(p) && at[len(p)] == ' ' {
				return true
			}
		}
	}
	return false
}

// isLevel reports whether text names an education level.
func isLevel(text string) bool {
	_, ok := educationLevelOf(text)
	return ok
}

// noCollegeDegree is what "no degree" asks of BLS's typical entry
// education: any level below a bachelor's (belowBachelors), as rankings
// read it, not only "No formal educational credential".
const noCollegeDegree = "no college degree"

// noDoctoralDegree is what "no med school" asks: any level below a
// doctoral or professional degree.
const noDoctoralDegree = "no doctoral degree"

// typicalEducationWords map the words for a level to BLS's typical entry
// education, which byInterest filters by.
var typicalEducationWords = map[string]string{
	"no degree":           noCollegeDegree,
	"without a degree":    noCollegeDegree,
	"no college":          noCollegeDegree,
	"without college":     noCollegeDegree,
	"going to college":    noCollegeDegree, // "without going to college"
	"much school":         noCollegeDegree, // "don't need much school"
	"little school":       noCollegeDegree,
	"school for long":     noCollegeDegree, // "don't want to go to school for long"
	"years of school":     noCollegeDegree,
	"short training":      noCollegeDegree,
	"quick training":      noCollegeDegree,
	"long to train":       noCollegeDegree,
	"no formal education": "No formal educational credential",
	"no education":        "No formal educational credential",
	"no schooling":        "No formal educational credential",
	"high school":         "High school diploma or equivalent",
	"some college":        "Some college, no degree",
	"associate":           "Associate's degree",
	"associates":          "Associate's degree",
	"associate s":         "Associate's degree",
	"bachelor":            "Bachelor's degree",
	"bachelors":           "Bachelor's degree",
	"bachelor s":          "Bachelor's degree",
	"master":              "Master's degree",
	"masters":             "Master's degree",
	"master s":            "Master's degree",
	"doctorate":           "Doctoral or professional degree",
	"doctoral":            "Doctoral or professional degree",
	"phd":                 "Doctoral or professional degree",
	"certificate":         "Postsecondary nondegree award",
	"no med school":       noDoctoralDegree,
	"without med school":  noDoctoralDegree,
	"no medical school":   noDoctoralDegree,
	"no law school":       noDoctoralDegree,
	"no doctorate":        noDoctoralDegree, // as noDegreeSaid writes "don't need a doctorate"
}

// typicalEducationOf finds the typical entry education a question asks
// for, "" when none.
func typicalEducationOf(text string) string {
	if phrase, ok := longestPhrase(text, typicalEducationWords); ok {
		return typicalEducationWords[phrase]
	}
	return ""
}

// withoutStateMentions removes the states ms found in text, so the rest can
// be read for career names ("registered nurse salary in texas" →
// "registered nurse salary in").
func withoutStateMentions(text string, ms []stateMention) string {
	for i := len(ms) - 1; i >= 0; i-- {
		text = text[:ms[i].Start] + " " + text[ms[i].End:]
	}
	return strings.Join(strings.FieldsFunc(text, unicode.IsSpace), " ")
}

// holdsWords reports whether t, words one space apart with a space at
// each end, holds the words of phrase p whole: strings.Contains(t,
// " "+p+" ") without making that string, for the dozens of phrases a
// question is checked against.
func holdsWords(t, p string) bool {
	if len(p)+2 > len(t) {
		return false // longer than the text: most phrases, for most questions
	}
	for from := 0; from < len(t); {
		i := strings.Index(t[from:], p)
		if i < 0 {
			return false
		}
		i += from
		if i > 0 && t[i-1] == ' ' && i+len(p) < len(t) && t[i+len(p)] == ' ' {
			return true
		}
		from = i + 1
	}
	return false
}

// paidMore are the words asking related careers that pay more ("jobs like
// cashier but better paid").
const paidMore = "better pay|higher pay|more pay|better paid|better paying|pays more|pay more|paid more|paying more|more money|higher paying|higher paid|pays better|pay better|paying better|better salary|higher salary|higher salaries|bigger salary|bigger paycheck|better money|earning more|making more"

// interestSaidWhole reports whether the interest a question names is said
// in a phrase of several words ("hands on jobs"), not a word that may be a
// field ("design jobs").
func interestSaidWhole(text string) bool {
	phrase, ok := longestPhrase(text, interestPhrases)
	// Or by its name in O*NET's RIASEC ("realistic and conventional
	// careers", "i'm an investigative type").
	return ok && (strings.Contains(phrase, " ") || interestPhrases[phrase] == capitalize(phrase) && phrase != "social" || selfTraits[phrase])
}

// selfTraits are the words of interestPhrases that say what someone is
// like ("i'm outgoing", "curious and logical"), no field of work.
var selfTraits = setOf(`persuasive competitive ambitious outgoing extrovert extroverted empathetic curious logical imaginative creative artsy artistic analytical organized organised`)

// likedSubject answers a liking more particular than an interest area,
// with the careers of that subject: a skill ("i love writing": the careers
// that need Writing most), or a subject of knowledge or of the work said
// beside the area ("i like helping people with their mental health": the
// careers that need Therapy and Counseling). ok is false when the liking
// is an interest area only ("i like helping people"), or the question
// asks of personality.
func (b *turn) likedSubject(text, t string) (Answer, bool) {
	if holdsOneOf(t, "personality|personality type|holland code|holland codes|riasec|interest|interests|creative|hate|hates|dislike|dislikes|dont like|not into") {
		return Answer{}, false
	}
	if phrase, ok := longestPhrase(text, likedSkills); ok {
		return b.bySkill(likedSkills[phrase])
	}
	var said []string // the interest areas' phrases in t
	for _, p := range longestFirst(interestPhrases) {
		if strings.Contains(t, p) {
			said = append(said, p)
		}
	}
	beside := func(phrase string) bool {
		return !slices.ContainsFunc(said, func(p string) bool { return holdsWords(p, phrase) })
	}
	if phrase, ok := longestPhrase(text, knowledgeWords); ok && beside(phrase) && !studiedIn(t) {
		return b.byKnowledge(knowledgeWords[phrase], holdsOneOf(t, payMost))
	}
	if len(said) == 0 {
		return Answer{}, false // the subjects of work further on
	}
	// Beside an area, only a subject the work is known by ("outdoors in
	// nature"): "talking to people and persuading them" is the area.
	if subject, ok := knownSubjectIn(t); ok && beside(subject) {
		return b.workingWith(subject, holdsOneOf(t, payMost) || holdsOneOf(t, theirPayAsked))
	}
	return Answer{}, false
}

// workSubjects are the subjects workSynonyms name.
var workSubjects = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range workSynonyms {
		m[s] = true
	}
	return m
}()
