package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// logged returns the first JSON log line the child wrote with message msg.
func (c *child) logged(t *testing.T, msg string) map[string]any {
	t.Helper()
	for _, line := range strings.Split(c.log(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			return rec
		}
	}
	t.Fatalf("careerbot serve did not log %q:\n%s", msg, c.log())
	return nil
}

// TestMetricsOnTheirOwnListener sets CAREERBOT_METRICS_ADDR: /metrics is
// served there and no longer on the public listener.
func TestMetricsOnTheirOwnListener(t *testing.T) {
	c := startServe(t, "SLACK_SIGNING_SECRET=ops-secret-1234", "CAREERBOT_METRICS_ADDR=127.0.0.1:0")
	addr, _ := c.logged(t, "metrics listening")["addr"].(string)
	if !strings.HasPrefix(addr, "127.0.0.1:") || addr == c.addr {
		t.Fatalf("metrics listen on %q (public listener %q); want a 127.0.0.1 port of their own", addr, c.addr)
	}
	if code, body := get(t, "http://"+addr+"/metrics"); code != http.StatusOK || !strings.Contains(body, "careerbot_answers_in_flight_max 32\n") {
		t.Errorf("GET /metrics on the metrics listener = %d:\n%s\nwant 200 with careerbot_answers_in_flight_max 32", code, body)
	}
	if code, _ := get(t, c.url("/metrics")); code != http.StatusNotFound {
		t.Errorf("GET /metrics on the public listener = %d; want 404", code)
	}
	if code, _ := get(t, c.url("/healthz")); code != http.StatusOK {
		t.Errorf("GET /healthz on the public listener = %d; want 200", code)
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
	if err := c.wait(); err != nil {
		t.Errorf("careerbot serve after SIGTERM: %v; want exit 0", err)
	}
}

// TestSecondSignalExitsAtOnce holds a request open (its body never ends)
// so that a graceful shutdown would wait the whole shutdown timeout; a
// second SIGTERM ends the process at once.
func TestSecondSignalExitsAtOnce(t *testing.T) {
	c := startServe(t, "SLACK_SIGNING_SECRET=ops-secret-1234", "CAREERBOT_SHUTDOWN_TIMEOUT=1m")
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Headers that get past the signature check to the body, which never
	// comes in full.
	// With "Expect: 100-continue" the server says "100 Continue" only once
	// the handler reads the body: the request is provably in flight.
	conn.SetDeadline(time.Now().Add(time.Minute))
	fmt.Fprintf(conn, "POST /slack/commands HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"+
		"X-Slack-Request-Timestamp: %d\r\nX-Slack-Signature: v0=%s\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n",
		time.Now().Unix(), strings.Repeat("0", 64))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil || resp.StatusCode != http.StatusContinue {
		t.Fatalf("in-flight request: %v %v; want 100 Continue", resp, err)
	}
	io.WriteString(conn, "text=partial")

	c.cmd.Process.Signal(syscall.SIGTERM)
	c.waitLog(t, "shutting down")
	exited := make(chan error, 1)
	go func() { exited <- c.wait() }()
	select {
	case err := <-exited:
		t.Fatalf("careerbot serve exited (%v) with a request in flight after one signal; want it to wait", err)
	case <-time.After(300 * time.Millisecond):
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitSecondSignal {
			t.Errorf("exit after a second SIGTERM = %v; want status %d", err, exitSecondSignal)
		}
	case <-time.After(time.Minute):
		t.Fatal("careerbot serve still running after a second SIGTERM")
	}
	if !strings.Contains(c.log(), "second signal") {
		t.Errorf("stderr does not say why it exited:\n%s", c.log())
	}
}
