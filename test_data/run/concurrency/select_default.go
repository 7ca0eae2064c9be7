package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
		if i%2 == 1 {
			select {
			case v, ok := <-ch:
				fmt.Println("received", v, ok)
			default:
				fmt.Println("empty")
			}
		}
	}

	// select fairness: both ready cases are chosen over many rounds
	a, b := make(chan int, 1), make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("both chosen:", counts[0] > 700, counts[1] > 700, counts[0]+counts[1])

	// blocking select with a sender goroutine
	c := make(chan string)
	quit := make(chan bool)
	go func() {
		for _, s := range []string{"x", "y", "z"} {
			c <- s
		}
		quit <- true
	}()
	for {
		select {
		case s := <-c:
			fmt.Println("got", s)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
}
