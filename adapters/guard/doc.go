// Package guard keeps careerbot's serving paths safe under load, faults and
// abuse, the same way for every chat platform: a bound on answers in flight
// (Limiter), refused requests counted and logged as a periodic summary
// (Rejections), secrets and URLs scrubbed from every log line (Redact,
// NewHandler), and panics turned into a logged apology (Answer, Recover).
// It knows no chat SDK; the adapters and cmd/careerbot use it.
package guard
