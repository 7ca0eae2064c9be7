package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.n) // (*p).Value()
}
