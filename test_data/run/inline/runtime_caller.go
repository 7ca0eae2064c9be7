// runtime.Caller and runtime.Callers in functions that call inlined functions: lines and names are those of the
// calling function, before and after the inlined bodies, and of its callers.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func half(x int) int { return x / 2 }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	name := runtime.FuncForPC(pc).Name()
	return fmt.Sprintf("%s %s:%d %v", name, file[strings.LastIndex(file, "/")+1:], line, ok)
}

func work(n int) int {
	a := half(n)
	fmt.Println(where(0))
	p := Point{a, 1}.Add(Point{2, half(a)})
	_, _, line, _ := runtime.Caller(0)
	fmt.Println("line", line, p)
	fmt.Println(where(1))
	return p.X
}

func main() {
	fmt.Println(work(20))
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	f, _ := runtime.CallersFrames(pcs[:n]).Next()
	fmt.Println(f.Function, f.Line, half(9))
}
