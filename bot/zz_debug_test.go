package bot

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

func TestZZDebug(t *testing.T) {
	qs := os.Getenv("QS")
	if qs == "" {
		t.Skip()
	}
	kb, _ := knowledge.LoadSeeds(context.Background())
	for _, s := range strings.Split(qs, "|") {
		q := parse(kb, clean(s))
		fmt.Printf("Q %q\n", s)
		for i, tk := range q.toks {
			fmt.Printf("  %d %v %q %q claimed=%v\n", i, tk.kind, tk.val, tk.raw, q.claimed[i])
		}
		for _, p := range q.careers {
			fmt.Printf("  career %s typed=%q exact=%v others=%d\n", p.career.Name, p.typed, p.exact, len(p.others))
		}
		fmt.Printf("  unknown=%q free=%q signals=%v fields=%v rank=%d\n", q.unknown, q.free, q.signals, q.fields, q.rank)
		a := New(kb).Answer(context.Background(), Request{Text: s})
		fmt.Println(Text(a))
	}
}
