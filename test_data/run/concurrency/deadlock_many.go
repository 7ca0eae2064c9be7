package main

import "fmt"

func wait(ch chan int) {
	ch <- 1
}

func main() {
	a := make(chan int)
	go wait(a)
	b := make(chan int)
	fmt.Println("blocked")
	select {
	case <-b:
	}
}
