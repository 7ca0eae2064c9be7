package main

import (
	"fmt"
	"math"
)

type point struct{ X, Y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U\n", 42, 42, 42, -42, 42, 255, 255, 255, 8, 8, 8, 5, 'A', 'A', 0x1F600, 0x1F600)
	fmt.Printf("%v %v %v %v %v %v %v\n", 1.0, 1e6, 1e21, 123456.0, 1234567.0, 0.000012345, float32(0.1))
	fmt.Printf("%.2f|%8.3f|%-8.3f|%e|%E|%g|%G|%.3g|%#g|%+.1e|%08.3f\n", math.Pi, math.Pi, math.Pi, 123456.789, 0.000123, 1e-7, 2.5e30, 1234.5678, 1.0, 12345.0, -math.Pi)
	fmt.Printf("%v|%v|%5.1f|%v|%x\n", math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 3.0)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%#q|%x|% x|%X|%+q\n", "héllo", "hi", "hi", "héllo", "a\"b\n", "ab", "hi", "hi", "hi", "héllo")
	fmt.Printf("%t|%v|%d|%s %s|%d\n", true, false, "hi", "a", 1)
	fmt.Printf("%d\n", 1, "x")
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%*d|%-*d|%.*f|%[2]d %[1]d\n", 5, 42, 5, 42, 2, 3.14159)
	fmt.Printf("%v|%+v|%#v|%v|%T\n", point{1, 2}, point{1, 2}, point{1, 2}, &point{1, 2}, point{})
	fmt.Printf("%v|%#v|%q|%#v|%s|%x|%v\n", []int{1, 2, 3}, []int{1, 2, 3}, []string{"a", "b"}, []int(nil), []byte("hi"), []byte("hi"), [2]bool{true, false})
	fmt.Printf("%v|%s|%d|%x|%5v|\n", celsius(21.5), celsius(-3), celsius(7), celsius(1), celsius(2))
	fmt.Printf("%v|%s|%q|%d\n", code(404), code(500), code(1), code(2))
	fmt.Println(map[string]int{"z": 26, "a": 1, "m": 13}, map[int]bool{3: true, -1: false, 0: true})
	fmt.Println([]celsius{1, 2}, map[celsius]code{3: 4}, struct{ C celsius }{5}, &struct{ A, B int }{1, 2})
	fmt.Print("a", 1, 2, "b", "c", 3.5, nil, "\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprintln("x", 3), fmt.Sprintf("%6.2v|%.3v", 3.14159, "abcdef"))
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.5, []int{}, map[string]bool{}, point{})
	fmt.Printf("%!|%z|%-+ #05d|%w\n", 7, 'x', 'y', 5)
	var ip *int
	var e error
	fmt.Println(ip, e, []any{nil, 1, "a"})
	fmt.Printf("%v %s\n", e, e)
	fmt.Printf("%08.3f|%-8d|%+.2e|% d|%x\n", -1.5, -7, 12345.678, 5, "")
}
