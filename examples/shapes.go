// A small real program for `vo run`: interfaces and methods, a map with a sorted report, closures, errors,
// defer/recover, and formatted output. `vo run examples/shapes.go` prints exactly what `go run` prints.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Shape is anything with an area and a name.
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3.141592653589793 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (c *Circle) String() string {
	return "circle(r=" + strconv.FormatFloat(c.R, 'g', -1, 64) + ")"
}

var errBadSpec = errors.New("bad shape spec")

// parse turns "rect 3 4" or "circle 2" into a Shape.
func parse(spec string) (Shape, error) {
	f := strings.Fields(spec)
	nums := make([]float64, 0, 2)
	for _, s := range f[1:] {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", spec, err)
		}
		nums = append(nums, v)
	}
	switch {
	case f[0] == "rect" && len(nums) == 2:
		return Rect{nums[0], nums[1]}, nil
	case f[0] == "circle" && len(nums) == 1:
		return &Circle{nums[0]}, nil
	}
	return nil, fmt.Errorf("%q: %w", spec, errBadSpec)
}

// safeRatio divides, turning the run-time panic of an integer division by zero into an error.
func safeRatio(a, b int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return a / b, nil
}

func main() {
	specs := []string{"rect 3 4", "circle 1.5", "rect 2 x", "triangle 1 2 3", "circle 0.5", "rect 10 0.25"}
	byName := map[string][]Shape{}
	for _, spec := range specs {
		s, err := parse(spec)
		if err != nil {
			fmt.Println("error:", err, "| bad spec:", errors.Is(err, errBadSpec))
			continue
		}
		byName[s.Name()] = append(byName[s.Name()], s)
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0.0
	for _, n := range names {
		sum := func(shapes []Shape) (t float64) {
			for _, s := range shapes {
				t += s.Area()
			}
			return
		}(byName[n])
		total += sum
		fmt.Printf("%-7s %d shape(s), area %8.3f  %v\n", n, len(byName[n]), sum, byName[n])
	}
	fmt.Printf("total area %.2f, shapes by kind: %d\n", total, len(byName))
	if _, err := safeRatio(1, 0); err != nil {
		fmt.Println(err)
	}
	if total < 1 {
		os.Exit(3)
	}
}
