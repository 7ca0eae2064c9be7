package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pair struct{ A, B Color }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %+v\n", Green, Green, Green, Pair{Red, Blue})
	fmt.Println([]Color{Blue, Red}, map[Color]int{Green: 1})
	s := fmt.Sprint(Blue)
	fmt.Println(s, len(s))
}
