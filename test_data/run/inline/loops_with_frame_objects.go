// Inlined calls inside loops whose bodies keep objects in the frame (escape analysis: a local whose address is
// taken, &T{...}, new): every iteration and every call site sees fresh zero values, never the previous one's.
// Run also with VO_GC_STRESS=1: the frame objects hold the only references to heap strings and slices.
package main

import (
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }

type Named struct {
	Name string
	Tags []string
	N    int
}

func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }

func viaPointer(x, y int) int {
	p := Point{x, y}
	q := &p
	q.X++
	return q.X * q.Y
}

func fresh(set bool, v int) int {
	n := new(int)
	if set {
		*n = v
	}
	return *n
}

func partial(set bool, name string) string {
	r := &Named{N: 1}
	if set {
		r.Name = name
		r.Tags = []string{name, name + name}
	}
	return r.Name + strconv.Itoa(len(r.Tags)) + strconv.Itoa(r.N)
}

func label(n *Named) string { return n.Name + ":" + n.Tags[0] }

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += dist2(&Point{i & 15, i & 3})
		total += viaPointer(i, 2)
	}
	fmt.Println(total)
	// fresh(false, ...) after fresh(true, ...) at the same and at another call site must see a zero int.
	for i := 0; i < 4; i++ {
		fmt.Print(fresh(i%2 == 0, i+10), " ")
	}
	fmt.Println(fresh(true, 5), fresh(false, 6))
	for i := 0; i < 4; i++ {
		fmt.Print(partial(i%2 == 1, "n"+strconv.Itoa(i)), " ")
	}
	fmt.Println()
	var out []string
	for i := 0; i < 200; i++ {
		s := strconv.Itoa(i)
		out = append(out, label(&Named{Name: s, Tags: []string{s + "t"}}))
	}
	fmt.Println(len(out), out[0], out[199])
}
