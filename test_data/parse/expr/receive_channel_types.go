package main

import "fmt"

type Job struct{ id int }

func produce(out chan<- Job, n int) {
	for i := 0; i < n; i++ {
		out <- Job{i}
	}
	close(out)
}

func consume(in <-chan Job, done chan<- bool) {
	for j := range in {
		fmt.Println("job", j.id)
	}
	done <- true
}

func forward(reqs chan<- chan int, replies <-chan <-chan int) {}

func firstOf(chans []chan (<-chan int)) {}

func main() {
	jobs := make(chan Job, 4)
	done := make(chan bool)
	go produce(jobs, 3)
	go consume(jobs, done)
	<-done
	results := make(chan int, 1)
	results <- 40 + 2
	v, ok := <-results
	var recvOnly <-chan int = results
	var sendOnly chan<- int = results
	sendOnly <- -1
	w := <-recvOnly
	fmt.Println(v, ok, w, <-done == false)
	forward(nil, nil)
	firstOf(nil)
}
