package main

import (
	"strings"
	"testing"
)

// helpArgs are the arguments that reach each command's flags: the helpers
// with subcommands take them after the subcommand.
func helpArgs(name string) []string {
	switch name {
	case "slack":
		return []string{"slack", "manifest"}
	case "discord":
		return []string{"discord", "register"}
	}
	return []string{name}
}

// TestEveryCommandHelpAndBadFlag: --help prints the usage on standard
// output and exits 0; an unknown flag prints the error and the usage on
// standard error and exits 2. For every command.
func TestEveryCommandHelpAndBadFlag(t *testing.T) {
	t.Setenv("CAREERBOT_DB", "")
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			for _, help := range []string{"--help", "-h"} {
				code, out, errOut := runCmd(t, "", append(helpArgs(c.name), help)...)
				if code != 0 || !strings.Contains(out, "Usage: careerbot "+c.name) || errOut != "" {
					t.Errorf("careerbot %s %s = %d, stdout %q, stderr %q; want 0 and the usage on stdout", c.name, help, code, out, errOut)
				}
			}
			code, out, errOut := runCmd(t, "", append(helpArgs(c.name), "--no-such-flag")...)
			if code != 2 || out != "" || !strings.Contains(errOut, "no-such-flag") || !strings.Contains(errOut, "Usage: careerbot "+c.name) {
				t.Errorf("careerbot %s --no-such-flag = %d, stdout %q, stderr %q; want 2, the error and the usage on stderr", c.name, code, out, errOut)
			}
		})
	}
}

func TestHelpersWithoutSubcommand(t *testing.T) {
	for _, tt := range []struct {
		args     []string
		wantCode int
	}{
		{[]string{"slack", "--help"}, 0},
		{[]string{"discord", "help"}, 0},
		{[]string{"slack"}, 2},
		{[]string{"discord", "unregister"}, 2},
	} {
		code, out, errOut := runCmd(t, "", tt.args...)
		if code != tt.wantCode || !strings.Contains(out+errOut, "Usage: careerbot "+tt.args[0]) {
			t.Errorf("careerbot %q = %d, %q %q; want %d with the usage", tt.args, code, out, errOut, tt.wantCode)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "careerbot dev (commit ") || !strings.Contains(out, "go1.") {
		t.Errorf("careerbot version = %d %q; want the version, commit and Go version", code, out)
	}
}
