package bot_test

import (
	"strings"
	"testing"

	"github.com/careerbot/careerbot/bot"
)

func TestText(t *testing.T) {
	long := strings.Repeat("White, 53.6% ", 5)
	a := bot.Answer{
		Title: "A vs Bee", Summary: "A earns $1 (1.0%) more a year than Bee.",
		Fields: []bot.Field{{Label: "Time", Value: "1-2 years"}, {Label: "Longer label", Value: "x"}},
		Table: &bot.Table{Columns: []string{"", "A", "Bee"}, Rows: []bot.Row{
			{Label: "Yearly salary", Cells: []string{"$90,615", bot.NotGiven}},
			{Label: "Race ratio", Cells: []string{long, "-"}},
		}},
		Lists:       []bot.List{{Title: "Skills", Items: []string{"Java (10%)"}}},
		Sources:     []bot.Source{{Title: "Page"}, {Title: "BLS", URL: "https://www.bls.gov/oes/"}},
		Suggestions: []string{"help"},
	}
	want := "A vs Bee\n" +
		"A earns $1 (1.0%) more a year than Bee.\n" +
		"\n" +
		"  Time:         1-2 years\n" +
		"  Longer label: x\n" +
		"\n" +
		"                 A        Bee\n" +
		"  Yearly salary  $90,615  not given\n" +
		"  Race ratio:\n" +
		"    A: " + long + "\n" +
		"    Bee: -\n" +
		"\n" +
		"Skills:\n" +
		"  • Java (10%)\n" +
		"\n" +
		"Source: Page; BLS <https://www.bls.gov/oes/>\n" +
		"\n" +
		"Try: \"help\"\n"
	if got := bot.Text(a); got != want {
		t.Errorf("Text() =\n%s\nwant:\n%s", got, want)
	}
}
