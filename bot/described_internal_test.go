package bot

import (
	"context"
	"testing"

	"github.com/careerbot/careerbot/knowledge"
)

// TestDescribedSaid checks which questions are read as a job asked for by
// its work, and that the others are left as they are.
func TestDescribedSaid(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"what do you call someone who trims trees", "i trims trees, what is my job called?"},
		{"who inspects elevators?", "i inspects elevators, what is my job called?"},
		{"the job where you fix teeth", "i fix teeth, what is my job called?"},
		{"whats the job where you catch fish for a living", "i catch fish for a living, what is my job called?"},
		{"job where you fit people with artificial legs", "i fit people with artificial legs, what is my job called?"},
		{"a person that catches stray dogs", "i catches stray dogs, what is my job called?"},
		// Where, said between the one who works and the work, said after it.
		{"the person in court who types everything everyone says", "i types everything everyone says in court, what is my job called?"},
		{"the lady at school who helps kids pick colleges", "i helps kids pick colleges in school, what is my job called?"},
		{"the guys who climb power poles", "i climb power poles, what is my job called?"},
		{"what job studies earthquakes", "i research earthquakes, what is my job called?"},
		{"what's it called when you read x-rays", "i read x-rays, what is my job called?"},
		{"what's the doctor called that reads x-rays and mri scans", "i reads x-rays and mri scans, what is my job called?"},
		{"what is the person called who fixes elevators", "i fixes elevators, what is my job called?"},
		{"who fixes roofs? do they need a license", "i fixes roofs, what is my job called? do they need a license"},
		{"what job involves designing bridges", "i design bridges, what is my job called?"},
		{"career that involves running a kitchen", "i run a kitchen, what is my job called?"},
		{"who comes to fix my furnace when it breaks", "i fix my furnace when it breaks, what is my job called?"},
		{"the doctor who reads x-rays", "i reads x-rays, what is my job called?"},
		{"who takes care of sick animals", "i take care of sick animals, what is my job called?"},
		// The name asked after the work, or "called" before "where".
		{"what is the person who fits hearing aids called", "i fit hearing aids, what is my job called?"},
		{"whats the guy that fixes elevators called?", "i fixes elevators, what is my job called?"},
		{"what is the job called where you guide ships into the harbor", "i guide ships into the harbor, what is my job called?"},
		{"job that takes care of trees", "i take care of trees, what is my job called?"},
		{"a career that builds houses", "i builds houses, what is my job called?"},
		{"job that pays the most", ""},
		{"is there a job where i can do ultrasounds on pregnant women", "i do ultrasounds on pregnant women, what is my job called?"},
		{"whats the name for people who tie rebar", "i tie rebar, what is my job called?"},
		{"what do you call a doctor who treats skin problems", "i am a doctor who treats skin problems, what is my job called?"},
		{"is there a job where i can work outside", ""},
		{"who investigates what caused a fire", "i investigates caused a fire, what is my job called?"},
		{"i want to design clothes for a living, what job is that", "i design clothes, what is my job called?"},
		{"i want to be a nurse, what job pays more", ""},
		{"i want to work outside, what jobs are there", ""},
		{"i like organizing data, what careers suit me", ""},
		{"who uses math and statistics to figure out insurance risk", "i uses math and statistics to figure out insurance risk, what is my job called?"},
		{"who uses excel", ""},
		{"who takes the bus", ""},
		{"who works the most hours", ""},
		{"who works with animals at a zoo", "i works with animals at a zoo, what is my job called?"},
		// What is asked said bare after the work: asked of one's own.
		{"guy who fixes the copier salary", "i fixes the copier, how much do i make?"},
		{"someone who designs websites skills", "i designs websites, what skills do i need?"},
		// Left as they are: no work told, or something else asked.
		{"who earns more, nurses or teachers", ""},
		{"who makes the most money", ""},
		{"who makes more than a nurse", ""},
		{"who is the highest paid", ""},
		{"jobs where you help people", ""},
		{"job where you can work outside", ""},
		{"what job pays the most", ""},
		{"what job fits me", ""},
		{"who should become a nurse", ""},
		{"who cooks?", ""},
		{"salary of a nurse", ""},
		{"what job involves travel", ""},
	}
	for _, tt := range tests {
		want := tt.want
		if want == "" {
			want = tt.in
		}
		if got := describedSaid(kb, involvedSaid(kb, wantedSaid(kb, tt.in))); got != want {
			t.Errorf("describedSaid(%q) = %q; want %q", tt.in, got, want)
		}
	}
}

// TestForWhomSaid reads a kind of worker said with whom it is for as the
// title that says it first, only where the knowledge has that title, and
// leaves names that hold "of" or "for" as they are.
func TestForWhomSaid(t *testing.T) {
	kb, err := knowledge.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"the doctor for animals", "the animal doctor"},
		{"how much does a doctor for animals make", "how much does a animal doctor make"},
		{"a teacher of english salary", "a english teacher salary"},
		{"salary for nurses", "salary for nurses"},                                                                         // no worker said before "for"
		{"jobs for teens", "jobs for teens"},                                                                               // no title "teen jobs"
		{"the doctor for the animals", "the animal doctor"},                                                                // an article between
		{"pay of nurses of the army", "pay of nurses of the army"},                                                         // no "army nurse" title: left
		{"first-line supervisors of retail sales workers salary", "first-line supervisors of retail sales workers salary"}, // a name holds it
		{"a nurse for my grandma", "a nurse for my grandma"},                                                               // "my": no one kind of client
		{"the doctor for your feet", "the foot doctor"},                                                                    // one foot, many feet
	}
	for _, tt := range tests {
		if got := forWhomSaid(kb, tt.in); got != tt.want {
			t.Errorf("forWhomSaid(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestCalledFor reads whom one calls or hires as who does the work, and
// leaves other questions of calling as they are.
func TestCalledFor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"who do i call to fix my laptop", "who fix laptop"},
		{"who do you hire to paint your house", "who paint house"},
		{"who do i call to fix my washing machine", "who fix washing machine"}, // the asker's machine
		{"who do we hire to clean out our gutters", "who clean out gutters"},
		{"who should i call if my AC stops working", "who fix AC"},
		{"who do i call when my sink leaks", "who fix sink"},
		{"who do i call to get rid of mice", "who remove mice"},
		{"who do i call for a broken furnace", "who fix a broken furnace"},
		{"who do i call for help", "who do i call for help"}, // no thing that needs work
		{"who should i call", "who should i call"},
		{"how much do plumbers make", "how much do plumbers make"},
	}
	for _, tt := range tests {
		if got := calledFor(tt.in); got != tt.want {
			t.Errorf("calledFor(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
