package chart

import (
	"crypto/sha256"
	"encoding/json"
	"sync"

	"github.com/careerbot/careerbot/bot"
)

// Rendered charts are kept by what they show: the same careers with the
// same figures draw the same picture, and a popular comparison is asked
// again and again. The key is the chart's whole content, so a newer
// release (other figures) never gets an old picture; the cache is bounded
// and forgets the oldest first.
const cacheSize = 256

var cache = struct {
	mu    sync.Mutex
	m     map[[32]byte][]byte
	order [][32]byte // oldest first
}{m: map[[32]byte][]byte{}}

func cacheKey(c *bot.Chart) ([32]byte, bool) {
	b, err := json.Marshal(c)
	if err != nil {
		return [32]byte{}, false
	}
	return sha256.Sum256(b), true
}

func cached(key [32]byte) ([]byte, bool) {
	cache.mu.Lock()
	defer cache.mu.Unlock()
	data, ok := cache.m[key]
	return data, ok
}

func remember(key [32]byte, data []byte) {
	cache.mu.Lock()
	defer cache.mu.Unlock()
	if _, ok := cache.m[key]; ok {
		return
	}
	if len(cache.order) >= cacheSize {
		delete(cache.m, cache.order[0])
		cache.order = cache.order[1:]
	}
	cache.m[key] = data
	cache.order = append(cache.order, key)
}
