package chart

// Render draws a chart without the cache, for benchmarks of the drawing.
var Render = render
