package main

import "fmt"

func main() {
	const n = 2000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	s := 0
	for i := 0; i < n; i++ {
		ping <- i
		s += <-pong
	}
	fmt.Println(s)
}
