package knowledge

import (
	"math"
	"sort"
)

// careerIndex is the name index seen per career rather than per name: a
// career is the document of all its names, as O*NET's own search treats an
// occupation with its alternate titles. A title no list holds ("aircraft
// machinist") is matched by the career whose many names share its words
// and its head noun (Machinists), not by the one name that happens to hold
// both words ("Aircraft Machinist Helper").
type careerIndex struct {
	careers []*Career
	post    [][]careerPosting // word id → careers whose names hold it
}

type careerPosting struct {
	career int32
	names  uint16 // names of the career holding the word
	heads  uint16 // names of the career whose head noun it is
}

func (ix *nameIndex) careerIndex() *careerIndex {
	ix.careersOnce.Do(func() {
		ci := &careerIndex{post: make([][]careerPosting, len(ix.words))}
		byCareer := map[*Career]int32{}
		type key struct{ c, w int32 }
		counts := map[key]*careerPosting{}
		for i := range ix.names {
			nm := &ix.names[i]
			c, ok := byCareer[nm.career]
			if !ok {
				c = int32(len(ci.careers))
				byCareer[nm.career] = c
				ci.careers = append(ci.careers, nm.career)
			}
			for _, w := range nm.words {
				p := counts[key{c, w}]
				if p == nil {
					p = &careerPosting{career: c}
					counts[key{c, w}] = p
				}
				p.names = min(p.names+1, math.MaxUint16-1)
				if containsID(nm.heads, w) {
					p.heads = min(p.heads+1, math.MaxUint16-1)
				}
			}
		}
		for k, p := range counts {
			ci.post[k.w] = append(ci.post[k.w], *p)
		}
		for _, ps := range ci.post {
			sort.Slice(ps, func(i, j int) bool { return ps[i].career < ps[j].career })
		}
		ix.careers = ci
	})
	return ix.careers
}

// Search ranks the careers text may name when it is no known name: by how
// much of the text (rare words weigh most) the career's names hold, a
// bonus when the text's last word is the head noun of some of its names,
// and, on ties, the career more people hold. Score is the share of the
// text's weight found; Missing counts words no name of the career holds.
func (b *Base) Search(text string, limit int) []Match {
	ix := b.index
	toks := dedupe(Tokens(text))
	if len(toks) == 0 || len(ix.names) == 0 || limit <= 0 {
		return nil
	}
	if len(toks) > maxQueryWords {
		toks = toks[:maxQueryWords]
	}
	ci := ix.careerIndex()
	type acc struct {
		cover, freq float64
		hits        int
		head        float64
		gen         int
	}
	accs := map[int32]*acc{}
	get := func(c int32) *acc {
		a := accs[c]
		if a == nil {
			a = &acc{gen: -1}
			accs[c] = a
		}
		return a
	}
	var qWeight float64
	maxIDF := float64(ix.maxIDF())
	for qi, t := range toks {
		ms := ix.matchWord(t, false)
		if len(ms) == 0 {
			qWeight += maxIDF
			continue
		}
		qWeight += float64(ix.idf[ms[0].id])
		for _, m := range ms {
			w := float64(ix.idf[m.id]) * float64(m.w)
			for _, p := range ci.post[m.id] {
				a := get(p.career)
				if a.gen == qi {
					continue // a closer spelling of this word already counted
				}
				a.gen = qi
				a.cover += w
				a.freq += w * math.Min(1, float64(p.names)/3)
				a.hits++
				if qi == len(toks)-1 && p.heads > 0 {
					a.head = math.Max(a.head, float64(m.w)*(0.5+0.5*math.Min(1, float64(p.heads)/3)))
				}
			}
		}
	}
	out := make([]Match, 0, len(accs))
	for c, a := range accs {
		career := ci.careers[c]
		cover := a.cover / qWeight
		order := cover + 1.0*a.freq/qWeight + 0.4*a.head + 0.01*math.Log10(1+career.Size())
		out = append(out, Match{Career: career, Name: career.Name, Score: min(cover, 1), Missing: len(toks) - a.hits, Head: a.head > 0, order: order})
	}
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}
