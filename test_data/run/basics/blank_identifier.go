package main

import "fmt"

func three() (int, int, int) { return 1, 2, 3 }

var _ = initSide()

func initSide() int {
	fmt.Println("blank var initialised")
	return 0
}

func main() {
	_, b, _ := three()
	fmt.Println(b)
	for _, v := range []string{"p", "q"} {
		fmt.Println(v)
	}
	var _ int = 5
	_ = b
}
