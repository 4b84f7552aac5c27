package bot

import (
	"slices"

	"github.com/careerbot/careerbot/knowledge"
)

// aboveWords, before "than", make the career after it a floor of pay:
// "jobs that pay more than a teacher", "better than nursing".
var aboveWords = setOf(`more better higher`)

// thanArticles may stand between "than" and the career: "more than a
// teacher".
var thanArticles = setOf(`a an the my`)

// paysAbove returns the career whose pay a question asks other careers to
// pass, and the groups to rank without the one that named that career:
// "jobs that pay more than a teacher", "healthcare jobs that pay better
// than retail" (the field's worker), and "career change from retail to
// healthcare" (one career against a field).
func (q *question) paysAbove(kb *knowledge.Base) (*knowledge.Career, []string, bool) {
	if len(q.states) > 0 || q.bound.set() || len(q.unknown) > 0 || q.among != nil || len(q.careers) > 1 || q.pct != "" ||
		slices.ContainsFunc(q.fields, func(f knowledge.Field) bool { return !isPayField(f) }) {
		return nil, nil, false
	}
	than := func(at int) bool {
		i := at - 1
		for i >= 0 && thanArticles[q.toks[i].val] {
			i--
		}
		return i >= 1 && q.toks[i].val == "than" && aboveWords[q.toks[i-1].val]
	}
	asksJobs := func() bool { return q.holdsWord(manyWords) || q.holdsWord(whichWords) }
	if len(q.careers) == 1 {
		p := q.careers[0]
		switch {
		case than(p.start) && asksJobs():
			return p.career, q.groups, true
		case len(q.groups) > 0 && q.signals[intentCompare] > 0 && !q.holdsWord(thanWords) &&
			!slices.ContainsFunc(q.spans, func(sp vocabSpan) bool { return sp.start < p.start && spanGroups(sp) }):
			// "from retail to healthcare": the career first, then the
			// field changed to ("is nursing better than teaching"
			// compares two careers).
			return p.career, q.groups, true
		}
		return nil, nil, false
	}
	for _, sp := range q.spans {
		if !than(sp.start) || !asksJobs() {
			continue
		}
		if c, ok := q.spanWorker(kb, sp); ok {
			var groups []string
			for _, r := range sp.roles {
				groups = append(groups, r.groups...)
			}
			rest := slices.DeleteFunc(slices.Clone(q.groups), func(g string) bool { return slices.Contains(groups, g) })
			return c, rest, true
		}
	}
	return nil, nil, false
}

// thanWords compare what is before them with what is after: a question
// holding one compares careers, it changes from none to a field.
var thanWords = setOf(`than`)

// whichWords open a question that asks for careers: "what pays more than
// nursing".
var whichWords = setOf(`what which`)

// spanGroups reports whether a vocabulary span names an occupation group.
func spanGroups(sp vocabSpan) bool {
	return slices.ContainsFunc(sp.roles, func(r *role) bool { return len(r.groups) > 0 })
}

// rankAbove ranks the careers that pay more a year than career c, of the
// groups given: its median yearly wage is the floor. A career with no
// yearly median, or a top-coded one that no career is known to pass, is
// answered as itself (ok false).
func (b *turn) rankAbove(q *question, c *knowledge.Career, groups []string) (Answer, bool) {
	v, ok := b.medianYearly(c)
	if !ok {
		return Answer{}, false
	}
	q.careers, q.groups = nil, groups
	// Medians are whole dollars: more than v is at least v+1.
	q.bound = payBound{min: v + 1, than: c.Name, thanKey: c.Key, thanPay: v}
	if q.rank == 0 {
		q.rank = 1
	}
	return b.rank(q), true
}

// medianYearly returns career c's median yearly wage, unless there is none
// or it is top-coded ("$239,200 or more").
func (b *turn) medianYearly(c *knowledge.Career) (float64, bool) {
	for _, f := range rankYearly.fields {
		for _, r := range b.kb.Ranked(f) {
			if r.Career == c {
				return r.Value, !r.Fact.TopCoded()
			}
		}
	}
	return 0, false
}

// boundAt makes a floor of one career's pay the career's median where the
// ranking is: in the one state asked, its median there ("what about in
// texas" after the jobs that pay more than a teacher), else the national
// one. Without a figure there, or with a top-coded one, the floor is
// dropped.
func (b *turn) boundAt(q *question) {
	if q.bound.thanKey == "" {
		return
	}
	v, ok := 0.0, false
	if c, known := b.kb.Career(q.bound.thanKey); known {
		switch {
		case len(q.states) == 1:
			if w, there := b.kb.StateWages(c, q.states[0].State); there {
				v, ok = plainNumber(w.AnnualMedian)
			}
		case len(q.states) == 0:
			v, ok = b.medianYearly(c)
		}
	}
	if !ok || v <= 0 {
		q.bound = payBound{}
		return
	}
	q.bound.min, q.bound.thanPay = v+1, v
}
