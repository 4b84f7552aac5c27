package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestMemoryLimitParse(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"auto", 0, false},
		{"", 0, false},
		{"off", -1, false},
		{"64MiB", 64 << 20, false},
		{" 1MiB ", 1 << 20, false},
		{"64", 0, true},
		{"64MB", 0, true},
		{"0MiB", 0, true},
		{"-5MiB", 0, true},
		{"lots", 0, true},
		{"9999999999999999MiB", 0, true},
	}
	for _, tt := range tests {
		got, err := memoryLimit(tt.in).parse()
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("memoryLimit(%q).parse() = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestMemoryLimitApply sets the process's limit each way and checks what
// the runtime holds afterwards.
func TestMemoryLimitApply(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	tests := []struct {
		in   memoryLimit
		want func(applied int64) bool
	}{
		{"64MiB", func(n int64) bool { return n == 64<<20 }},
		{"off", func(n int64) bool { return n == -1 }},
		{"auto", func(n int64) bool { return n >= minMemoryHeadroom && n < math.MaxInt64 }},
	}
	for _, tt := range tests {
		applied := tt.in.apply()
		held := debug.SetMemoryLimit(-1)
		if !tt.want(applied) || (applied == -1) != (held == math.MaxInt64) || applied != -1 && held != applied {
			t.Errorf("memoryLimit(%q).apply() = %d, runtime limit %d", tt.in, applied, held)
		}
	}
}

// TestMemoryLimitAutoKeepsGOMEMLIMIT: a limit set in the environment for
// the Go runtime is not replaced by auto.
func TestMemoryLimitAutoKeepsGOMEMLIMIT(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	t.Setenv("GOMEMLIMIT", "123MiB")
	debug.SetMemoryLimit(123 << 20) // as the runtime read it at start
	if got := memoryLimit("auto").apply(); got != 123<<20 {
		t.Errorf("auto with GOMEMLIMIT=123MiB applied %d; want %d", got, 123<<20)
	}
}
