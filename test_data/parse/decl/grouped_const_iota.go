package main

import (
	"fmt"
	. "math"
	_ "os"
	str "strings"
)

import "strconv"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const greeting string = "hello"

const answer = 42

var (
	count  int
	ratio          = 0.5
	x, y   float64 = 1, 2
	names  []string
	lookup = map[string]Weekday{"sun": Sunday}
)

var total = count + answer

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, KB, MB, GB, a, b, c, d)
	fmt.Println(str.ToUpper(greeting), strconv.Itoa(answer), Sqrt(x*x+y*y))
	fmt.Println(count, ratio, names, lookup, total)
}
