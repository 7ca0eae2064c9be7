package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
search:
	for _, row := range [][]int{{1, 2}, {3, 42}, {5, 6}} {
		for _, v := range row {
			if v == 42 {
				fmt.Println("found")
				break search
			}
		}
	}
sw:
	switch {
	case true:
		for i := 0; ; i++ {
			if i == 2 {
				break sw
			}
		}
	}
	fmt.Println("done")
}
