// A tour the code generator was checked against: methods on func types through interfaces, a 100-int array
// passed by value, closures capturing type switch bindings, sort.Slice on interfaces, 2-D arrays, rune counts,
// struct keys, appends to inner slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Server interface{ Serve(string) string }

type Big struct {
	arr [100]int
	s   string
}

func sumBig(b Big) int {
	t := 0
	for _, v := range b.arr {
		t += v
	}
	return t + len(b.s)
}

var registry = map[string]Server{}

func register(name string, s Server) { registry[name] = s }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Server = HandlerFunc(strings.ToUpper)
	fmt.Println(s.Serve("hi"))
	register("up", s)
	register("low", HandlerFunc(func(x string) string { return strings.ToLower(x) }))
	keys := []string{}
	for k := range registry {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, registry[k].Serve("MiXeD"))
	}
	var b Big
	for i := range b.arr {
		b.arr[i] = i
	}
	b.s = "xyz"
	fmt.Println(sumBig(b))
	var fs []func() string
	var vals []interface{} = []interface{}{1, "two", 3.0}
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			fs = append(fs, func() string { return fmt.Sprint("int ", x) })
		case string:
			fs = append(fs, func() string { return "string " + x })
		default:
			fs = append(fs, func() string { return fmt.Sprintf("other %v", x) })
		}
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	shapes := []Shape{Sq{2}, Sq{3}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	fmt.Println(shapes)
	var grid [4][4]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	k := 2
	fmt.Println(grid[k][k+1], grid[3])
	counter := map[rune]int{}
	for _, r := range "hello world" {
		counter[r]++
	}
	fmt.Println(counter['l'], counter['o'], len(counter))
	type pair struct{ a, b int }
	ps := map[pair]string{{1, 2}: "x"}
	ps[pair{3, 4}] = "y"
	fmt.Println(ps[pair{1, 2}], ps[pair{3, 4}], len(ps))
	matrix := [][]string{{"a"}, {"b", "c"}}
	matrix[1] = append(matrix[1], "d")
	fmt.Println(matrix, len(matrix[1]))
	str := "héllo"
	fmt.Println(str[1:3] == "é", strings.Count(str, "l"), strings.Index(str, "llo"))
}
