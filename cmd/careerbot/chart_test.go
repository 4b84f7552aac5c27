package main

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/chart"
)

func TestAskChart(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	path := filepath.Join(t.TempDir(), "pay.png")
	code, out, errOut := runCmd(t, "", "ask", "--chart", path, "compare registered nurse vs electrician vs plumber")
	if code != 0 || !strings.Contains(out, "Registered Nurses earn the most ($93,600 a year)") {
		t.Fatalf("ask --chart = %d:\n%s%s", code, out, errOut)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("chart not written: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("chart is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != chart.Width || b.Dy() != chart.Height {
		t.Errorf("chart is %dx%d; want %dx%d", b.Dx(), b.Dy(), chart.Width, chart.Height)
	}

	// An answer without pay writes no file and still succeeds.
	none := filepath.Join(t.TempDir(), "none.png")
	code, _, errOut = runCmd(t, "", "ask", "--chart", none, "top skills for a lead technician")
	if code != 0 || !strings.Contains(errOut, "no pay chart") {
		t.Errorf("ask --chart for skills = %d, %q; want 0 and a note", code, errOut)
	}
	if _, err := os.Stat(none); !os.IsNotExist(err) {
		t.Errorf("a chart file was written for an answer without pay: %v", err)
	}
	// A file that cannot be written is a failure.
	if code, _, _ := runCmd(t, "", "ask", "--chart", filepath.Join(t.TempDir(), "no", "such", "dir.png"), "RN salary"); code != 1 {
		t.Errorf("ask --chart into a missing directory = %d; want 1", code)
	}
}

func TestChatDrawsTextChart(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	code, out, _ := runCmd(t, "RN salary\ntop skills for a lead technician\n", "chat")
	if code != 0 {
		t.Fatalf("chat exit %d", code)
	}
	for _, want := range []string{"Yearly pay: Registered Nurses", "┃", "median $93,600", "$66,030", "$135,320", "Source: BLS OEWS, May 2024"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	// One chart: the skills answer has none.
	if n := strings.Count(out, "10th to 90th percentile"); n != 1 {
		t.Errorf("%d chart legends; want 1:\n%s", n, out)
	}
}
