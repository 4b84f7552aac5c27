package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseStartupPages drops from the resident set the pages of the
// executable's read-only mappings (its code and constant data) that start-up
// touched: reading the embedded bundle, building the knowledge, compiling
// patterns, and the neighbours the kernel maps along with each page it reads
// in. Answering uses a few megabytes of them; the rest would stay resident
// for the life of the process (about 4.5 MB of the 15.6 MB of file-backed
// RSS under the harness's load). The pages stay in the page cache, so one a
// later answer needs comes back with a minor fault. It is the executable's
// counterpart of debug.FreeOSMemory after the knowledge is loaded.
//
// It returns the resident file-backed memory before and after, in bytes.
func releaseStartupPages() (before, after int64, err error) {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return 0, 0, fmt.Errorf("release start-up pages: %w", err)
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return 0, 0, fmt.Errorf("release start-up pages: %w", err)
	}
	before, _ = residentFile()
	for _, m := range releasable(smaps, exe) {
		// MADV_DONTNEED on a private file mapping discards the process's
		// own copies of pages; releasable keeps to mappings that have none
		// and cannot get any (not writable), so every page comes back as
		// the file has it.
		if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, m.start, m.end-m.start, syscall.MADV_DONTNEED); e != 0 {
			return before, before, fmt.Errorf("release start-up pages: madvise %x-%x: %w", m.start, m.end, e)
		}
	}
	after, _ = residentFile()
	return before, after, nil
}

// mapping is an address range of the process.
type mapping struct{ start, end uintptr }

// releasable reads /proc/self/smaps and returns the mappings of the file
// exe that are safe to drop: not writable, and holding no anonymous pages
// (a page the dynamic loader relocated before making it read-only is the
// process's own copy, which dropping would lose).
func releasable(smaps []byte, exe string) []mapping {
	var out []mapping
	var cur mapping
	ok := false
	sc := bufio.NewScanner(bytes.NewReader(smaps))
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if r, found := strings.CutSuffix(fields[0], ":"); found {
			// A field of the current mapping, such as "Anonymous: 4 kB".
			if ok && r == "Anonymous" && (len(fields) < 2 || fields[1] != "0") {
				ok = false
			}
			if ok && r == "VmFlags" {
				out = append(out, cur)
				ok = false
			}
			continue
		}
		// A mapping's first line: "start-end perms offset dev inode path".
		ok = false
		lo, hi, isRange := strings.Cut(fields[0], "-")
		if !isRange || len(fields) != 6 || fields[5] != exe || strings.ContainsRune(fields[1], 'w') {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		cur, ok = mapping{uintptr(start), uintptr(end)}, true
	}
	return out
}

// residentFile returns the process's resident file-backed memory in bytes.
func residentFile() (int64, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(status)) {
		if rest, found := strings.CutPrefix(line, "RssFile:"); found {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no RssFile in /proc/self/status")
}
