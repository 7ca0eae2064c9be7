package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type MyInt int
type Name string

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 hello 2.5", "%d %d %s %g", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	var x MyInt
	var nm Name
	var u8 uint8
	var ok bool
	n, err = fmt.Sscan("7 bob 255 true", &x, &nm, &u8, &ok)
	fmt.Println(n, err, x, nm, u8, ok)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("key=val", "key=%s", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	var q string
	fmt.Sscanf(`"quoted str" x`, "%q", &q)
	fmt.Println(q)
	r := bufio.NewReader(strings.NewReader("5\n1 2 3 4 5\n"))
	var cnt int
	fmt.Fscan(r, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var v int
		fmt.Fscan(r, &v)
		sum += v
	}
	fmt.Println(cnt, sum)
	var in1, in2 int
	fmt.Scan(&in1, &in2)
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Println(in1+in2, strings.TrimSpace(line))
}
