package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	const n = 1000000 // per producer: 2,000,000 messages in all
	a, b := make(chan int), make(chan int)
	go producer(a, n)
	go producer(b, n)
	sum, got := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			got++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			got++
		}
	}
	fmt.Println(got, sum)
}
