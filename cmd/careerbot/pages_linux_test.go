package main

import (
	"slices"
	"strings"
	"testing"
)

func TestReleasable(t *testing.T) {
	const exe = "/opt/careerbot"
	smaps := `00400000-00c80000 r-xp 00000000 00:2a 123 /opt/careerbot
Size:               8704 kB
Rss:                5880 kB
Anonymous:             0 kB
VmFlags: rd ex mr mw me
00c80000-01567000 r--p 00880000 00:2a 123 /opt/careerbot
Rss:                6620 kB
Anonymous:             4 kB
VmFlags: rd mr mw me
01567000-01887000 rw-p 01167000 00:2a 123 /opt/careerbot
Anonymous:             0 kB
VmFlags: rd wr mr mw me
01887000-018a0000 r--p 01487000 00:2a 123 /opt/careerbot
Anonymous:             0 kB
VmFlags: rd mr mw me
7f000000-7f100000 r-xp 00000000 00:2a 456 /usr/lib/x86_64-linux-gnu/libc.so.6
Anonymous:             0 kB
VmFlags: rd ex mr mw me
7f200000-7f300000 r-xp 00000000 00:2a 123 /opt/careerbot (deleted)
Anonymous:             0 kB
VmFlags: rd ex mr mw me
7f400000-7f500000 r--p 00000000 00:00 0
Anonymous:             0 kB
VmFlags: rd mr mw me
7f600000-7f700000 r-xp 00000000 00:2a 123 /opt/careerbot
Anonymous:             0 kB
`
	// Kept: the code, and the read-only data with no copy of its own; the
	// last mapping has no VmFlags line (a cut read), so it is not
	// known to hold no anonymous pages.
	want := []mapping{{0x400000, 0xc80000}, {0x1887000, 0x18a0000}}
	if got := releasable([]byte(smaps), exe); !slices.Equal(got, want) {
		t.Errorf("releasable = %x; want %x", got, want)
	}
	if got := releasable([]byte("garbage\n\n-\nfoo-bar r-xp 0 0 0 /opt/careerbot\nVmFlags: rd\n"), exe); len(got) != 0 {
		t.Errorf("releasable of garbage = %x; want none", got)
	}
}

// TestReleaseStartupPages answers a question, releases this test binary's
// pages, and answers it again: the code and constants the answer needs come
// back from the page cache as they were.
func TestReleaseStartupPages(t *testing.T) {
	ask := func() string {
		var out, errOut strings.Builder
		if code := run(t.Context(), []string{"ask", "how much do electricians make in texas"}, stdio{strings.NewReader(""), &out, &errOut}); code != 0 {
			t.Fatalf("ask: exit %d: %s", code, errOut.String())
		}
		return out.String()
	}
	want := ask()
	before, after, err := releaseStartupPages()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("resident file-backed memory: %d KiB before, %d KiB after", before>>10, after>>10)
	if before <= 0 || after >= before {
		t.Errorf("resident file-backed memory %d KiB before, %d KiB after; want less after", before>>10, after>>10)
	}
	if got := ask(); got != want || !strings.Contains(got, "Texas") {
		t.Errorf("after the release the answer is\n%s\nwant\n%s", got, want)
	}
}
