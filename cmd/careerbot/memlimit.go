package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// The Go collector lets the heap grow to twice what is live before it
// collects (GOGC=100). For serve, whose live heap is mostly the knowledge
// and whose garbage is the few kilobytes each answer allocates, that
// doubles the resident memory for little gain: a soft limit a little above
// what the loaded knowledge holds keeps the peak lower at the cost of more
// collections. Those are cheap since the knowledge is held in a few
// pointer-free blocks (about 1.5 ms of marking a cycle for the embedded
// knowledge): under the harness's load, 8 MiB of headroom peaks at about
// 38 MB, not 44 with 16 MiB, for a few percent of CPU.

// memoryHeadroom is what the automatic limit allows above the memory held
// once the knowledge is loaded: at least minMemoryHeadroom, and a quarter
// of what is held, so a large database keeps a proportionate margin.
// (With 100,000 careers under the harness's load, half peaked at 40.4
// MiB, 8 MiB at 39.3 MiB and 7 MiB at 38.4 MiB answering as fast; 6 MiB
// peaked at 37.6 MiB but answered 10-25% fewer questions a second.)
const minMemoryHeadroom = 7 << 20

// memoryLimit is CAREERBOT_MEMORY_LIMIT: "auto", "off" or a size in MiB
// such as "64MiB".
type memoryLimit string

// parse returns the limit in bytes, 0 for auto, -1 for off.
func (m memoryLimit) parse() (int64, error) {
	switch s := strings.TrimSpace(string(m)); s {
	case "auto", "":
		return 0, nil
	case "off":
		return -1, nil
	default:
		n, err := strconv.ParseInt(strings.TrimSuffix(s, "MiB"), 10, 64)
		if err != nil || !strings.HasSuffix(s, "MiB") || n < 1 || n > math.MaxInt64>>20 {
			return 0, fmt.Errorf("CAREERBOT_MEMORY_LIMIT must be auto, off or a size such as 64MiB, not %q", string(m))
		}
		return n << 20, nil
	}
}

// apply sets the process's soft memory limit as m says, now that the
// knowledge is loaded, and returns it in bytes (-1: none). With auto, a
// GOMEMLIMIT in the environment wins: the runtime has applied it already.
func (m memoryLimit) apply() int64 {
	limit, err := m.parse()
	if err != nil { // validate refused it before serve started
		limit = -1
	}
	switch {
	case limit == -1:
		debug.SetMemoryLimit(math.MaxInt64)
		return -1
	case limit == 0 && os.Getenv("GOMEMLIMIT") != "":
		return debug.SetMemoryLimit(-1)
	case limit == 0:
		limit = autoMemoryLimit()
	}
	debug.SetMemoryLimit(limit)
	return limit
}

// autoMemoryLimit is the memory the process holds now plus the headroom.
func autoMemoryLimit() int64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	held := int64(ms.Sys - ms.HeapReleased)
	return held + max(minMemoryHeadroom, held/4)
}
