package main

import "fmt"

func main() {
	const n = 100000
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) { ch <- i }(i)
	}
	s := 0
	for i := 0; i < n; i++ {
		s += <-ch
	}
	fmt.Println(s)
}
