package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		func() {
			defer func() { total += i }()
			total *= 10
		}()
		fmt.Println(i, total)
	}
}
